import { describe, expect, it } from "vitest"
import { formatDate, isoDate } from "../date"

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
