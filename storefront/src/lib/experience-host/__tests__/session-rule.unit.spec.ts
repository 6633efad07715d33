import { describe, expect, it } from "vitest"
import {
  monthRange,
  previewRule,
  readRuleFields,
  ruleTimes,
  sessionMonth,
  shiftMonth,
  weeklyRule,
} from "../session-rule"

// 10:00 on 1 December 2026 in Vietnam.
const NOW = new Date("2026-12-01T03:00:00Z")

const RULE = {
  from: "2026-12-07",
  to: "2026-12-20",
  weekdays: ["1", "3", "5"],
  times: "8:00, 14h30",
  duration_minutes: "180",
  capacity: "12",
}

describe("weekly rule form", () => {
  it("reads checked weekdays and tidies typed times", () => {
    const data = new FormData()
    for (const [name, value] of Object.entries({ ...RULE, weekdays: undefined })) if (value) data.set(name, value)
    data.append("weekdays", "1")
    data.append("weekdays", "5")
    expect(readRuleFields(data).weekdays).toEqual(["1", "5"])
    expect(ruleTimes("8:00, 14h30;20:15")).toEqual(["08:00", "14:30", "20:15"])
    expect(weeklyRule(RULE)).toEqual({
      from: "2026-12-07",
      to: "2026-12-20",
      weekdays: [1, 3, 5],
      times: ["08:00", "14:30"],
      duration_minutes: 180,
      capacity: 12,
    })
  })

  it("counts the sessions weeklySessions makes: 3 weekdays × 2 weeks × 2 times", () => {
    expect(previewRule(RULE, NOW)).toEqual({ count: 12, errors: {}, tooMany: false })
  })

  it("refuses a rule over 1,000 sessions without counting them", () => {
    const preview = previewRule(
      { ...RULE, to: "2027-12-31", weekdays: ["0", "1", "2", "3", "4", "5", "6"], times: "08:00, 10:00, 14:00" },
      NOW
    )
    expect(preview).toMatchObject({ count: 0, tooMany: true })
  })

  it("names the inputs that are wrong: a first day in the past, no weekday, a bad time, no capacity", () => {
    expect(previewRule({ ...RULE, from: "2026-11-30" }, NOW).errors).toEqual({ from: "pastStart" })
    expect(previewRule({ ...RULE, to: "2026-12-01" }, NOW).errors).toEqual({ to: "toBeforeFrom" })
    expect(previewRule({ ...RULE, from: "" }, NOW).errors).toEqual({ from: "day" })
    expect(previewRule({ ...RULE, weekdays: [], times: "25:00", capacity: "" }, NOW).errors).toEqual({
      weekdays: "weekdays",
      times: "times",
      capacity: "capacity",
    })
  })
})

describe("the session list's month", () => {
  it("takes the asked month or the current one in Vietnam", () => {
    expect(sessionMonth("2027-02", NOW)).toBe("2027-02")
    expect(sessionMonth("2027-13", NOW)).toBe("2026-12")
    // 23:30 on 31 December UTC is already January in Vietnam.
    expect(sessionMonth(undefined, new Date("2026-12-31T17:30:00Z"))).toBe("2027-01")
  })

  it("spans the whole month, leap years included, and moves across years", () => {
    expect(monthRange("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" })
    expect(monthRange("2026-12")).toEqual({ from: "2026-12-01", to: "2026-12-31" })
    expect(shiftMonth("2026-12", 1)).toBe("2027-01")
    expect(shiftMonth("2026-01", -1)).toBe("2025-12")
  })
})
