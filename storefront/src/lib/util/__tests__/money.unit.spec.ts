import { describe, expect, it } from "vitest"
import { formatPrice } from "../money"

describe("formatPrice", () => {
  it("groups thousands with dots and puts a no-break space before ₫", () => {
    expect(formatPrice(1250000)).toBe("1.250.000\u00a0₫")
  })

  it("formats VND whatever the case of the currency code", () => {
    expect(formatPrice(45000, "VND")).toBe("45.000\u00a0₫")
    expect(formatPrice(45000, "vnd")).toBe("45.000\u00a0₫")
  })

  it("shows no decimals for VND", () => {
    expect(formatPrice(95000.4)).toBe("95.000\u00a0₫")
    expect(formatPrice(0)).toBe("0\u00a0₫")
  })
})
