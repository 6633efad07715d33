import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import type ExperienceModuleService from "../../../modules/experience/service"

export const cancelSessionRecordStepId = "cancel-session-record"

export type SessionCanceller = { by: "host"; producer_id: string } | { by: "office" } | { by: "below_minimum" }

/**
 * Marks a session cancelled (nobody can book it any more) and answers the bookings that hold its
 * places. Another producer's session is unknown (404); a cancelled or finished one cannot be.
 */
export const cancelSessionRecordStep = createStep(
  cancelSessionRecordStepId,
  async (input: { session_id: string; canceller: SessionCanceller; reason: string | null }, { container }) => {
    const experiences: ExperienceModuleService = container.resolve(EXPERIENCE_MODULE)
    const [session] = await experiences.listExperienceSessions({ id: input.session_id }, { relations: ["experience"] })
    const { canceller } = input
    if (!session || (canceller.by === "host" && session.experience.producer_id !== canceller.producer_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `session: no session with id ${input.session_id}`)
    }
    if (session.status === "cancelled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "session: already cancelled")
    }
    if (new Date(session.ends_at).getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "session: it has already taken place")
    }
    await experiences.updateExperienceSessions({ id: session.id, status: "cancelled", cancel_reason: input.reason })
    const holds = await experiences.listBookingHolds({ session_id: session.id }, { select: ["booking_id"] })
    return new StepResponse(
      { booking_ids: [...new Set(holds.map((hold) => hold.booking_id as string))] },
      { id: session.id, status: session.status, cancel_reason: session.cancel_reason }
    )
  },
  async (before, { container }) => {
    if (!before) return
    const experiences: ExperienceModuleService = container.resolve(EXPERIENCE_MODULE)
    await experiences.updateExperienceSessions(before)
  }
)
