import {
  bookingMoney,
  seatsOf,
  type ExperienceKind,
  type ExperienceParticipantTypeView,
  type ParticipantCounts,
} from "@ocop/shared"
import type { DepositSplit } from "./deposit"

/** The longest homestay one booking takes; the host's calendar shows further nights as their own sessions. */
export const MAX_NIGHTS = 14

/**
 * Why the picker's choice cannot be booked yet, as message keys under `Experience.picker.problem`.
 * Each mirrors a rule of the shared `participantProblems` (which the backend applies to the request)
 * or the session's vacancies, so the button is held back for the reasons the backend would refuse.
 */
export type PickerProblem =
  | { key: "none" }
  | { key: "belowMinimum"; min: number }
  | { key: "needsAdult"; typeId: string }
  | { key: "overVacancies"; left: number }

type PickerRules = { min_participants: number }

/** Every participant type at 0. */
export const emptyCounts = (types: Pick<ExperienceParticipantTypeView, "id">[]): ParticipantCounts =>
  Object.fromEntries(types.map((type) => [type.id, 0]))

/** The counts with one more (delta 1) or one fewer (−1) of a type; never below 0. */
export function stepCount(counts: ParticipantCounts, typeId: string, delta: 1 | -1): ParticipantCounts {
  return { ...counts, [typeId]: Math.max(0, (counts[typeId] ?? 0) + delta) }
}

/** Whether one more of a type still fits in the session's free places. */
export function canAddOne(
  types: ExperienceParticipantTypeView[],
  counts: ParticipantCounts,
  typeId: string,
  vacancies: number
): boolean {
  return seatsOf(types, stepCount(counts, typeId, 1)) <= vacancies
}

export function pickerProblems(
  types: ExperienceParticipantTypeView[],
  counts: ParticipantCounts,
  rules: PickerRules,
  vacancies: number
): PickerProblem[] {
  const problems: PickerProblem[] = []
  const count = (kind: string, group: boolean) =>
    types
      .filter((type) => (group ? type.kind === "group" : type.kind !== "group"))
      .filter((type) => !kind || type.kind === kind)
      .reduce((sum, type) => sum + (counts[type.id] ?? 0), 0)
  const people = count("", false)
  const groups = count("", true)
  if (people + groups === 0) return [{ key: "none" }]
  if (groups === 0 && people < rules.min_participants)
    problems.push({ key: "belowMinimum", min: rules.min_participants })
  if (count("adult", false) === 0) {
    for (const type of types) {
      if (type.needs_adult && (counts[type.id] ?? 0) > 0) problems.push({ key: "needsAdult", typeId: type.id })
    }
  }
  const seats = seatsOf(types, counts)
  if (seats > vacancies) problems.push({ key: "overVacancies", left: Math.max(0, vacancies) })
  return problems
}

/** What the choice costs in VND: each type's price per participant, per room and night for a homestay; null when a price is missing. */
export function pickerTotal(
  types: ExperienceParticipantTypeView[],
  counts: ParticipantCounts,
  kind: ExperienceKind,
  nights: number
): number | null {
  let total = 0
  for (const type of types) {
    const count = counts[type.id] ?? 0
    if (!count) continue
    if (type.price === null) return null
    total += type.price * count * (kind === "homestay" ? nights : 1)
  }
  return total
}

/**
 * What the picker's choice pays online now and what is left for the host on arrival, by the same
 * rule the cart prices it with (`bookingMoney` of @ocop/shared: each unit's deposit rounded up to
 * 1.000 ₫); null without a deposit, a participant, or a price.
 */
export function pickerDeposit(
  types: ExperienceParticipantTypeView[],
  counts: ParticipantCounts,
  kind: ExperienceKind,
  nights: number,
  percent: number | null
): DepositSplit | null {
  if (percent === null) return null
  const picked = types.filter((type) => (counts[type.id] ?? 0) > 0)
  if (!picked.length || picked.some((type) => type.price === null)) return null
  const money = bookingMoney(
    picked.map((type) => ({
      unit_price: type.price!,
      quantity: (counts[type.id] ?? 0) * (kind === "homestay" ? nights : 1),
    })),
    percent
  )
  return { deposit: money.deposit_total, due: money.due_on_arrival }
}
