import { describe, expect, it } from "vitest"
import { dayAfterKey, monthGrid, shiftMonth } from "../calendar-month"

describe("monthGrid", () => {
  it("lays a month out in weeks from Monday with blanks outside it", () => {
    // 1 December 2026 is a Tuesday; the 31st a Thursday.
    const grid = monthGrid("2026-12")
    expect(grid.from).toBe("2026-12-01")
    expect(grid.to).toBe("2026-12-31")
    expect(grid.weeks).toHaveLength(5)
    expect(grid.weeks[0]).toEqual([
      null,
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ])
    expect(grid.weeks[4]).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null])
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true)
  })

  it("counts a leap February and a month starting on Monday or Sunday", () => {
    expect(monthGrid("2028-02").to).toBe("2028-02-29")
    expect(monthGrid("2027-02").to).toBe("2027-02-28")
    expect(monthGrid("2027-02").weeks[0][0]).toBe("2027-02-01")
    // 1 November 2026 is a Sunday: six blanks before it, six weeks in all.
    expect(monthGrid("2026-11").weeks[0].filter((day) => day === null)).toHaveLength(6)
    expect(monthGrid("2026-11").weeks).toHaveLength(6)
  })
})

describe("shiftMonth", () => {
  it("moves across years", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01")
    expect(shiftMonth("2027-01", -1)).toBe("2026-12")
    expect(shiftMonth("2026-05", 14)).toBe("2027-07")
  })
})

describe("dayAfterKey", () => {
  it("moves by a day, a week, and to the ends of the week (Monday to Sunday)", () => {
    expect(dayAfterKey("2026-12-31", "ArrowRight")).toBe("2027-01-01")
    expect(dayAfterKey("2026-12-01", "ArrowLeft")).toBe("2026-11-30")
    expect(dayAfterKey("2026-12-03", "ArrowDown")).toBe("2026-12-10")
    expect(dayAfterKey("2026-12-03", "ArrowUp")).toBe("2026-11-26")
    expect(dayAfterKey("2026-12-03", "Home")).toBe("2026-11-30")
    expect(dayAfterKey("2026-12-03", "End")).toBe("2026-12-06")
  })

  it("moves by a month to the same date, or the last day of a shorter month", () => {
    expect(dayAfterKey("2027-01-31", "PageDown")).toBe("2027-02-28")
    expect(dayAfterKey("2027-03-15", "PageUp")).toBe("2027-02-15")
  })

  it("ignores other keys", () => {
    expect(dayAfterKey("2026-12-03", "Enter")).toBeUndefined()
  })
})
