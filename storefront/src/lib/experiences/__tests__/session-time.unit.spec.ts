import { describe, expect, it } from "vitest"
import { durationParts, mapUrl, vietnamTime } from "../session-time"

describe("vietnamTime", () => {
  it("reads an instant on Vietnam's clock", () => {
    expect(vietnamTime("2026-12-10T01:30:00.000Z")).toBe("08:30")
    expect(vietnamTime("2026-12-10T17:00:00.000Z")).toBe("00:00")
  })
})

describe("durationParts", () => {
  it("words minutes, hours, both, and whole days", () => {
    expect(durationParts(45)).toEqual({ unit: "minutes", minutes: 45 })
    expect(durationParts(180)).toEqual({ unit: "hours", hours: 3 })
    expect(durationParts(150)).toEqual({ unit: "hoursMinutes", hours: 2, minutes: 30 })
    expect(durationParts(2880)).toEqual({ unit: "days", days: 2 })
    expect(durationParts(1500)).toEqual({ unit: "hours", hours: 25 })
  })
})

describe("mapUrl", () => {
  it("opens the map at the coordinates", () => {
    expect(mapUrl(21.386, 103.017)).toBe(
      "https://www.openstreetmap.org/?mlat=21.386&mlon=103.017#map=16/21.386/103.017"
    )
  })
})
