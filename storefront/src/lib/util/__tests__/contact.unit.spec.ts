import { describe, expect, it } from "vitest"
import { isEmail, isVietnameseMobile, normalizePhone } from "../contact"

describe("isVietnameseMobile", () => {
  it("takes 0 or +84 followed by nine digits, however the digits are grouped", () => {
    for (const phone of ["0912345678", "+84912345678", "0912 345 678", "091.234.5678", "+84 912-345-678"]) {
      expect(isVietnameseMobile(phone)).toBe(true)
    }
  })

  it("refuses other lengths and prefixes", () => {
    for (const phone of ["091234567", "09123456789", "84912345678", "+8491234567", "0912abc678", ""]) {
      expect(isVietnameseMobile(phone)).toBe(false)
    }
  })
})

describe("normalizePhone", () => {
  it("drops the spaces, dots, dashes and brackets that group the digits, and keeps the +", () => {
    expect(["0912 345 678", "091.234.5678", "+84 (912) 345-678"].map(normalizePhone)).toEqual([
      "0912345678",
      "0912345678",
      "+84912345678",
    ])
  })
})

describe("isEmail", () => {
  it("takes a name, an @ and a domain with a dot", () => {
    expect(["lan@example.vn", "hoa.nguyen@htx-tra.com.vn"].every(isEmail)).toBe(true)
  })

  it("refuses an address without an @, a domain with no dot, or one with spaces", () => {
    expect(["lan.example.vn", "lan@example", "lan @example.vn", "@example.vn", ""].some(isEmail)).toBe(false)
  })
})
