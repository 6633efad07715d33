import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLACE_MODULE } from "../../../modules/place"
import PlaceModuleService from "../../../modules/place/service"

export type PromotionEventDates = { starts_on: string; ends_on: string; province_code?: string | null }

export const validatePromotionEventStepId = "validate-promotion-event"

/** An event ends on or after the day it starts, and takes place in a province that exists (when one is named). */
export const validatePromotionEventStep = createStep(
  validatePromotionEventStepId,
  async (event: PromotionEventDates, { container }) => {
    if (event.ends_on < event.starts_on) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `ends_on: ${event.ends_on} is before the start, ${event.starts_on}`
      )
    }
    if (event.province_code) {
      const places: PlaceModuleService = container.resolve(PLACE_MODULE)
      const [province] = await places.listProvinces({ code: event.province_code }, { select: ["code"], take: 1 })
      if (!province) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `province_code: unknown province ${event.province_code}`)
      }
    }
    return new StepResponse(undefined)
  }
)
