import { describe, expect, it } from "vitest"
import { checkInAnswerOf, voucherCode, voucherTail } from "../check-in"

const CODE = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"

describe("voucher codes", () => {
  it("takes a code typed in groups or capitals as the QR holds it", () => {
    expect(voucherCode("0F1E 2D3C-4B5A 6978 8796 A5B4 C3D2 E1F0")).toBe(CODE)
    expect(voucherCode(` ${CODE}\n`)).toBe(CODE)
  })

  it("refuses what cannot be a code", () => {
    expect(voucherCode("")).toBeNull()
    expect(voucherCode(CODE.slice(1))).toBeNull()
    expect(voucherCode(`${CODE.slice(1)}g`)).toBeNull()
  })

  it("shows the last 6 characters on the guest list", () => {
    expect(voucherTail(CODE)).toBe("D2E1F0")
    expect(voucherTail(null)).toBeNull()
  })
})

describe("check-in answers", () => {
  it("tells a second scan from a voucher the host cannot use, by code", () => {
    expect(checkInAnswerOf("voucher_already_checked_in", 409)).toBe("alreadyCheckedIn")
    expect(checkInAnswerOf("voucher_invalid", 400)).toBe("invalid")
    expect(checkInAnswerOf("invalid_code", 400)).toBe("invalid")
    expect(checkInAnswerOf(undefined, 500)).toBe("generic")
  })
})
