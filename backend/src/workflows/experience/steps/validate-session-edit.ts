import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "../../../lib/error-codes"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export type SessionEdit = { id: string; capacity?: number; status?: "open" | "closed" }

export const validateSessionEditStepId = "validate-session-edit"

/**
 * A cancelled session stays cancelled (its buyers were refunded), and a capacity may not go below
 * the places held or booked: 409 naming `capacity`, since a booking may have taken them meanwhile.
 */
export const validateSessionEditStep = createStep(
  validateSessionEditStepId,
  async (edit: SessionEdit, { container }) => {
    const [session] = await container
      .resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
      .sessionVacancies([edit.id], new Date())
    if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `session: no session with id ${edit.id}`)
    if (session.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "status: the session is cancelled and cannot be changed")
    }
    if (edit.capacity !== undefined && edit.capacity < session.taken) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `capacity: ${session.taken} places are already booked or held; the capacity cannot go below that`,
        ERROR_CODES.capacityBelowBooked
      )
    }
    return new StepResponse(undefined)
  }
)
