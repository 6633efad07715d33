import { describe, expect, it } from "vitest"
import { vietnamMonthStart } from "../vietnam-time"

describe("vietnamMonthStart", () => {
  it("starts a month at 17:00 UTC on the last day of the month before", () => {
    expect(vietnamMonthStart(new Date("2026-03-15T10:00:00Z")).toISOString()).toBe("2026-02-28T17:00:00.000Z")
  })

  it("is already next month in Vietnam from 17:00 UTC on the last day", () => {
    expect(vietnamMonthStart(new Date("2026-03-31T17:00:00Z")).toISOString()).toBe("2026-03-31T17:00:00.000Z")
    expect(vietnamMonthStart(new Date("2026-03-31T16:59:59Z")).toISOString()).toBe("2026-02-28T17:00:00.000Z")
  })

  it("crosses a year in January", () => {
    expect(vietnamMonthStart(new Date("2027-01-01T03:00:00Z")).toISOString()).toBe("2026-12-31T17:00:00.000Z")
  })
})
