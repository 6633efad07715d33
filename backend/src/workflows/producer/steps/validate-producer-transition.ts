import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type ProducerStatus = "pending" | "active" | "rejected" | "suspended"

// What the office may do from each status: approve an application (or reinstate a suspended shop),
// reject an application not yet approved, suspend a shop that sells.
const ALLOWED_FROM: Record<"active" | "rejected" | "suspended", ProducerStatus[]> = {
  active: ["pending", "suspended"],
  rejected: ["pending"],
  suspended: ["active"],
}

export const validateProducerTransitionStepId = "validate-producer-transition"

/** Refuses a status change the office cannot make (approving an active producer, rejecting a selling one). */
export const validateProducerTransitionStep = createStep(
  validateProducerTransitionStepId,
  async (input: { status: string; to: keyof typeof ALLOWED_FROM }) => {
    const allowed = ALLOWED_FROM[input.to]
    if (!allowed.includes(input.status as ProducerStatus)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: the producer is ${input.status}; only a ${allowed.join(" or ")} producer can become ${input.to}`
      )
    }
    return new StepResponse(undefined)
  }
)
