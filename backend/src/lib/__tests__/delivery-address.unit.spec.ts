import { describe, expect, it } from "vitest"
import { shippingAddressProblems } from "../delivery-address"

const FULL = {
  first_name: "Lan",
  last_name: "",
  phone: "0912345678",
  address_1: "12 Trần Phú",
  metadata: { province_code: "11", commune_code: "03127" },
}

describe("shippingAddressProblems", () => {
  it("accepts a full Vietnamese address for a delivery, with the name in first_name only (as the storefront sends it)", () => {
    expect(shippingAddressProblems(FULL, { delivered: true })).toEqual([])
  })

  it("names every missing field of a delivery, the phone first", () => {
    const problems = shippingAddressProblems(null, { delivered: true })
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "shipping_address.phone",
      "shipping_address.first_name",
      "shipping_address.address_1",
      "shipping_address.metadata.province_code",
      "shipping_address.metadata.commune_code",
    ])
  })

  it("refuses a phone that is not Vietnamese, and blank text as missing", () => {
    expect(shippingAddressProblems({ ...FULL, phone: "12345" }, { delivered: true })).toEqual([
      "shipping_address.phone: must be a Vietnamese number (0912345678 or +84912345678)",
    ])
    expect(shippingAddressProblems({ ...FULL, address_1: "  " }, { delivered: true })[0]).toMatch(
      /^shipping_address\.address_1: /
    )
  })

  it("asks only for a phone when every producer's goods are collected at its premises", () => {
    expect(shippingAddressProblems({ phone: "+84912345678" }, { delivered: false })).toEqual([])
    expect(shippingAddressProblems(null, { delivered: false })[0]).toMatch(/^shipping_address\.phone: /)
  })
})
