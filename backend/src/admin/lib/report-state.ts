import type { TargetState } from "@ocop/shared"

type StateLabel = { vi: string; en: string; color: "green" | "orange" | "red" | "grey" }

/**
 * A target's light in words, so the badge never speaks by colour alone. Red means "behind" before
 * the deadline and "missed" after it (targetState in @ocop/shared decides the light).
 */
export function targetStateLabel(state: TargetState, deadline: string, now: Date): StateLabel {
  if (state === "green") return { vi: "Đạt", en: "Met", color: "green" }
  if (state === "amber") return { vi: "Đúng tiến độ", en: "On course", color: "orange" }
  if (state === "red") {
    return new Date(deadline).getTime() <= now.getTime()
      ? { vi: "Không đạt", en: "Missed", color: "red" }
      : { vi: "Chậm tiến độ", en: "Behind", color: "red" }
  }
  return { vi: "Chưa đo được", en: "Not measured", color: "grey" }
}
