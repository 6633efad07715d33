import { describe, expect, it } from "vitest"
import { quoteIsOpen, quoteStatusAt } from "../quote"
import { endOfVietnamDay, vietnamDate } from "../vietnam-time"

describe("endOfVietnamDay", () => {
  it("is 23:59:59.999 in Vietnam, 16:59:59.999 UTC of the same day", () => {
    expect(endOfVietnamDay("2026-12-31")?.toISOString()).toBe("2026-12-31T16:59:59.999Z")
  })

  it("refuses days that do not exist and other shapes", () => {
    expect(endOfVietnamDay("2026-02-30")).toBeUndefined()
    expect(endOfVietnamDay("31/12/2026")).toBeUndefined()
    expect(endOfVietnamDay("2026-12-31T00:00:00Z")).toBeUndefined()
  })
})

describe("vietnamDate", () => {
  it("is already tomorrow in Vietnam from 17:00 UTC", () => {
    expect(vietnamDate(new Date("2026-12-06T16:59:59.999Z"))).toBe("2026-12-06")
    expect(vietnamDate(new Date("2026-12-06T17:00:00.000Z"))).toBe("2026-12-07")
  })
})

describe("quoteStatusAt", () => {
  const validUntil = endOfVietnamDay("2026-12-06") as Date

  it("keeps an answer valid up to the last millisecond of its day in Vietnam", () => {
    expect(quoteStatusAt({ status: "answered", valid_until: validUntil }, validUntil)).toBe("answered")
  })

  it("expires an answer one millisecond later", () => {
    const after = new Date(validUntil.getTime() + 1)
    expect(quoteStatusAt({ status: "answered", valid_until: validUntil.toISOString() }, after)).toBe("expired")
  })

  it("leaves every other status as recorded", () => {
    const later = new Date("2027-06-01T00:00:00Z")
    expect(quoteStatusAt({ status: "requested", valid_until: null }, later)).toBe("requested")
    expect(quoteStatusAt({ status: "accepted", valid_until: validUntil }, later)).toBe("accepted")
  })
})

describe("quoteIsOpen", () => {
  it("takes messages only while requested or answered", () => {
    expect(["requested", "answered"].every((s) => quoteIsOpen(s as never))).toBe(true)
    expect(["accepted", "rejected", "expired"].some((s) => quoteIsOpen(s as never))).toBe(false)
  })
})
