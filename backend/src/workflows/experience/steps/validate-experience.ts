import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancellationPolicyProblems, depositProblems, type CancellationTier, type ExperienceKind } from "@ocop/shared"
import type { ParticipantTypeInput } from "../experience-content"

export type ExperienceRulesInput = {
  kind: ExperienceKind
  cancellation_policy?: CancellationTier[]
  participant_types?: ParticipantTypeInput[]
  /** The deposit and pay on arrival as they will be (an edit's merged with the experience's). */
  deposit_percent?: number | null
  pay_on_arrival?: boolean
}

/** What is wrong with an experience's participant types for its kind, each naming its field. */
export function participantTypeProblems(kind: ExperienceKind, types: ParticipantTypeInput[]): string[] {
  const problems: string[] = []
  // A homestay's night is priced by the room, or by the guest (a village stilt house sleeps
  // everyone in one room), never both: its capacity counts one or the other.
  const byRoom = types.some((type) => type.kind === "room")
  types.forEach((type, index) => {
    const at = `participant_types[${index}]`
    if (kind === "homestay" && byRoom && (type.kind === "adult" || type.kind === "child")) {
      problems.push(`${at}.kind: a homestay is priced by the room or by the guest, not both`)
    }
    if (kind !== "homestay" && type.kind === "room") problems.push(`${at}.kind: only a homestay books rooms`)
    if (type.kind === "group" && (type.seats ?? 0) < 2)
      problems.push(`${at}.seats: a private group takes 2 places or more`)
    if (type.min_age != null && type.max_age != null && type.max_age < type.min_age) {
      problems.push(`${at}.max_age: at least min_age`)
    }
    if (types.findIndex((other) => other.name_vi.trim() === type.name_vi.trim()) !== index) {
      problems.push(`${at}.name_vi: two participant types have this name`)
    }
  })
  const bookable = types.some((type) => ["adult", "room", "group"].includes(type.kind))
  if (types.length && !bookable) problems.push("participant_types: needs an adult, a room or a private group type")
  return problems
}

export const validateExperienceStepId = "validate-experience"

/**
 * The rules zod cannot see: policy tiers in order, participant types that fit the kind, no deposit
 * on an experience paid on arrival. 400 naming the field.
 */
export const validateExperienceStep = createStep(validateExperienceStepId, async (input: ExperienceRulesInput) => {
  const problems = [
    ...(input.cancellation_policy ? cancellationPolicyProblems(input.cancellation_policy) : []),
    ...(input.participant_types ? participantTypeProblems(input.kind, input.participant_types) : []),
    ...depositProblems(input),
  ]
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
  return new StepResponse(undefined)
})
