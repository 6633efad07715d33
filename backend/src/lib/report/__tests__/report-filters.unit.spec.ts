import { describe, expect, it } from "vitest"
import { reportPeriod, trendPeriods } from "../report-filters"

describe("trendPeriods", () => {
  it("cuts months, quarters and years at the period's ends", () => {
    expect(trendPeriods("2025-02-15", "2025-04-10", "month").map((p) => [p.key, p.start_day, p.end_day])).toEqual([
      ["2025-02", "2025-02-15", "2025-02-28"],
      ["2025-03", "2025-03-01", "2025-03-31"],
      ["2025-04", "2025-04-01", "2025-04-10"],
    ])
    expect(trendPeriods("2024-11-01", "2025-12-31", "quarter").map((p) => p.key)).toEqual([
      "2024-Q4",
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
      "2025-Q4",
    ])
    expect(trendPeriods("2016-01-01", "2025-12-31", "month")).toHaveLength(120)
  })
})

describe("reportPeriod", () => {
  it("runs from 00:00 of the first day to 00:00 after the last, Vietnam time, and a year back for growth", () => {
    expect(reportPeriod("x", "2024-02-29", "2024-02-29")).toMatchObject({
      start_at: "2024-02-28T17:00:00.000Z",
      end_before: "2024-02-29T17:00:00.000Z",
      prev_start_day: "2023-02-28",
      prev_end_day: "2023-02-28",
    })
    expect(reportPeriod("x", "2025-01-01", "2025-12-31")).toMatchObject({
      start_at: "2024-12-31T17:00:00.000Z",
      end_before: "2025-12-31T17:00:00.000Z",
      prev_start_day: "2024-01-01",
      prev_end_day: "2024-12-31",
    })
  })
})
