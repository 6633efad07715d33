import { describe, expect, it } from "vitest"
import {
  formatFraction,
  formatIndicatorValue,
  formatPeriod,
  formatShare,
  indicatorLabel,
  targetSentence,
} from "../report-format"
import { targetStateLabel } from "../report-state"

// Intl vi-VN separates with a no-break space; the assertions spell it out.
const nbsp = "\u00a0"

describe("admin report formatting", () => {
  it("writes VND, shares and counts the Vietnamese way", () => {
    expect(formatIndicatorValue("vnd", 1_250_000)).toBe(`1.250.000${nbsp}₫`)
    expect(formatIndicatorValue("vnd", 1_250_000.4)).toBe(`1.250.000${nbsp}₫`)
    expect(formatIndicatorValue("share", 12.5)).toBe(`12,5${nbsp}%`)
    expect(formatShare(40)).toBe(`40${nbsp}%`)
    expect(formatShare(33.333)).toBe(`33,3${nbsp}%`)
    expect(formatIndicatorValue("count", 14642)).toBe("14.642")
  })

  it("shows a dash for a figure that is missing or not a number", () => {
    expect(formatIndicatorValue("count", null)).toBe("–")
    expect(formatIndicatorValue("share", undefined)).toBe("–")
    expect(formatIndicatorValue("vnd", Number.NaN)).toBe("–")
  })

  it("writes what a share divides, or nothing", () => {
    expect(formatFraction(12, 1040)).toBe("12 / 1.040")
    expect(formatFraction(null, 40)).toBe("")
  })

  it("labels an indicator in Vietnamese with English after it", () => {
    expect(indicatorLabel("producers_women_led_share")).toBe("Tỷ lệ chủ thể do phụ nữ làm chủ (Women-led producers)")
  })

  it("states a target with its sign, value and deadline, or in the plan's own words", () => {
    const target = {
      indicator: "producers_women_led_share" as const,
      comparison: "gte" as const,
      value: 40,
      deadline: "2025-12-31",
      text_vi: "Tối thiểu 40% chủ thể do phụ nữ làm chủ",
    }
    expect(targetSentence(target)).toBe(`≥ 40${nbsp}% trước 31/12/2025`)
    expect(targetSentence({ ...target, indicator: null, comparison: null, value: null })).toBe(target.text_vi)
  })

  it("labels trend periods by month, quarter and year", () => {
    expect(formatPeriod("2026-03", "month")).toBe("T3/2026")
    expect(formatPeriod("2026-Q1", "quarter")).toBe("Q1/2026")
    expect(formatPeriod("2026", "year")).toBe("2026")
  })
})

describe("targetStateLabel", () => {
  const now = new Date("2025-06-01T00:00:00Z")

  it("names every light in words", () => {
    expect(targetStateLabel("green", "2025-12-31", now)).toEqual({ vi: "Đạt", en: "Met", color: "green" })
    expect(targetStateLabel("amber", "2025-12-31", now)).toEqual({
      vi: "Đúng tiến độ",
      en: "On course",
      color: "orange",
    })
    expect(targetStateLabel("none", "2025-12-31", now).vi).toBe("Chưa đo được")
  })

  it("calls red behind before the deadline and missed after it", () => {
    expect(targetStateLabel("red", "2025-12-31", now).vi).toBe("Chậm tiến độ")
    expect(targetStateLabel("red", "2025-01-31", now).vi).toBe("Không đạt")
  })
})
