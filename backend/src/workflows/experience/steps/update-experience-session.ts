import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "../../../lib/error-codes"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"
import { withSessionLocks } from "../session-places"

export type SessionEdit = { id: string; capacity?: number; status?: "open" | "closed" }

export const updateExperienceSessionStepId = "update-experience-session"

/**
 * Sets a session's capacity or open/closed status, under the session's lock that every hold takes
 * (a booking may otherwise take places between the check and the write): a cancelled session
 * stays cancelled, and a capacity below the places held or booked is 409 naming `capacity`.
 * Undone by writing back the old values.
 */
export const updateExperienceSessionStep = createStep(
  updateExperienceSessionStepId,
  async (edit: SessionEdit, { container }) => {
    const service = container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE)
    const { before, taken, written } = await withSessionLocks(container, [edit.id], () =>
      service.editSessionWithinTaken(edit, new Date())
    )
    if (before.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "status: the session is cancelled and cannot be changed")
    }
    if (!written) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `capacity: ${taken} places are already booked or held; the capacity cannot go below that`,
        ERROR_CODES.capacityBelowBooked
      )
    }
    return new StepResponse({ id: edit.id }, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ExperienceModuleService>(EXPERIENCE_MODULE).updateExperienceSessions(before)
  }
)
