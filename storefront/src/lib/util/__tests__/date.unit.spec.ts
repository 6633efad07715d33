import { describe, expect, it } from "vitest"
import { formatDate, formatDateTime, formatMonth, isoDate } from "../date"

describe("formatDate", () => {
  it("writes dd/MM/yyyy in Vietnamese", () => {
    expect(formatDate("2024-03-15T00:00:00.000Z", "vi")).toBe("15/03/2024")
  })

  it("writes the month's name in English so the day and month cannot be swapped", () => {
    expect(formatDate("2024-03-15T00:00:00.000Z", "en")).toBe("15 Mar 2024")
  })

  it("reads the date in Vietnam, where a Vietnamese midnight is still the same day", () => {
    expect(formatDate("2024-03-14T17:00:00.000Z", "vi")).toBe("15/03/2024")
  })
})

describe("isoDate", () => {
  it("is the calendar date in Vietnam", () => {
    expect(isoDate("2024-03-14T17:00:00.000Z")).toBe("2024-03-15")
  })
})

describe("formatDateTime", () => {
  it("writes a deadline in Vietnam's time, 24-hour, in either language", () => {
    expect(formatDateTime("2024-03-16T07:30:00.000Z", "vi")).toBe("14:30 16/03/2024")
    expect(formatDateTime("2024-03-16T07:30:00.000Z", "en")).toBe("16 Mar 2024, 14:30")
  })
})

describe("formatMonth", () => {
  it("names the month of a day in Vietnamese as tháng M/YYYY, without a leading zero", () => {
    expect(formatMonth("2026-03-01", "vi")).toBe("tháng 3/2026")
    expect(formatMonth("2025-11-30", "vi")).toBe("tháng 11/2025")
  })

  it("names the month in English, kept on the day's own month at either end of it", () => {
    expect(formatMonth("2026-03-01", "en")).toBe("March 2026")
    expect(formatMonth("2026-03-31", "en")).toBe("March 2026")
  })
})
