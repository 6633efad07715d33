import { MAX_GENERATED_SESSIONS, weeklySessions, type WeeklyRule } from "@ocop/shared"
import type { HostFieldError } from "./host-form-state"
import { parseWhole } from "./experience-fields"

/** The weekly-rule form as typed: checked weekdays (0 = Sunday), times separated by commas or spaces. */
export type RuleFields = {
  from: string
  to: string
  weekdays: string[]
  times: string
  duration_minutes: string
  capacity: string
}

export function readRuleFields(formData: FormData): RuleFields {
  const text = (name: string) => String(formData.get(name) ?? "").trim()
  return {
    from: text("from"),
    to: text("to"),
    weekdays: formData.getAll("weekdays").map(String),
    times: text("times"),
    duration_minutes: text("duration_minutes"),
    capacity: text("capacity"),
  }
}

/** "8:00, 14:30" → ["08:00", "14:30"]; a time that is not one stays as typed, for the rule to refuse. */
export const ruleTimes = (value: string) =>
  value
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((time) => time.replace(/h/i, ":"))
    .map((time) => (/^\d:\d{2}$/.test(time) ? `0${time}` : time))

/** The rule as the backend and `weeklySessions` take it; numbers typed wrong become 0, which it refuses. */
export function weeklyRule(fields: RuleFields): WeeklyRule {
  return {
    from: fields.from,
    to: fields.to,
    weekdays: fields.weekdays.filter((day) => /^[0-6]$/.test(day)).map(Number),
    times: ruleTimes(fields.times),
    duration_minutes: parseWhole(fields.duration_minutes, 0, 10_000_000) ?? 0,
    capacity: parseWhole(fields.capacity, 0, 10_000_000) ?? 0,
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

const ERROR_OF: Record<string, HostFieldError> = {
  from: "day",
  to: "day",
  weekdays: "weekdays",
  times: "times",
  duration_minutes: "duration",
  capacity: "capacity",
}

/**
 * How many sessions the rule makes (what "generate" would create, at most MAX_GENERATED_SESSIONS),
 * or what is wrong with it keyed by the input's name: `weeklySessions` of @ocop/shared decides both.
 */
export function previewRule(
  fields: RuleFields,
  now: Date
): { count: number; errors: Record<string, HostFieldError>; tooMany: boolean } {
  const { sessions, problems } = weeklySessions(weeklyRule(fields), now)
  const errors: Record<string, HostFieldError> = {}
  let tooMany = false
  for (const problem of problems) {
    const field = /^rule\.(\w+):/.exec(problem)?.[1]
    // A well-formed day the rule still refuses is in the past (from) or before the first day (to).
    if ((field === "from" || field === "to") && DAY.test(fields[field])) {
      errors[field] = field === "from" ? "pastStart" : "toBeforeFrom"
    } else if (field && ERROR_OF[field]) errors[field] = ERROR_OF[field]
    else if (problem.includes(String(MAX_GENERATED_SESSIONS))) tooMany = true
    else errors.rule = "rule"
  }
  return { count: sessions.length, errors, tooMany }
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The month ("2026-12") a host's session list shows: the asked one, else the current one in Vietnam. */
export function sessionMonth(asked: string | undefined, now: Date): string {
  if (asked && MONTH.test(asked)) return asked
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(now).slice(0, 7)
}

/** The month's first and last day, the range the sessions route takes (both included). */
export function monthRange(month: string): { from: string; to: string } {
  const [year, number] = month.split("-").map(Number)
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` }
}

/** The month `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, number] = month.split("-").map(Number)
  const moved = new Date(Date.UTC(year, number - 1 + delta, 1))
  return `${moved.getUTCFullYear()}-${String(moved.getUTCMonth() + 1).padStart(2, "0")}`
}
