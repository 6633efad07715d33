import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import ProducerModuleService from "../../../modules/producer/service"

export type CreateProducerData = {
  name: string
  handle: string
  legal_form: "enterprise" | "cooperative" | "cooperative_group" | "household_business"
  tax_code: string
  representative: string
  women_led?: boolean
  ethnic_minority_led?: boolean
  ethnic_group?: string | null
  in_value_chain?: boolean
  phone: string
  email: string
  province_code: string
  commune_code: string
  former_district?: string | null
  street?: string | null
  story_vi?: string | null
  story_en?: string | null
  logo_url?: string | null
  status?: "pending" | "active" | "rejected" | "suspended"
  shipping_fee?: number
  free_shipping_threshold?: number | null
}

export const createProducersStepId = "create-producers"

export const createProducersStep = createStep(
  createProducersStepId,
  async (producers: CreateProducerData[], { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const created = await producerModule.createProducers(producers)
    return new StepResponse(
      created,
      created.map((p) => p.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producerModule.deleteProducers(ids)
  }
)
