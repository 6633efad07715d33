import { describe, expect, it } from "vitest"
import { maskAddress, maskEmail, maskOrderContact, maskPhone, mayRead, samePhone } from "../buyer-privacy"

describe("mayRead", () => {
  it("lets anyone read a guest's order and only its customer a registered customer's", () => {
    expect(mayRead({ customer_id: "cus_guest", has_account: false }, undefined)).toBe(true)
    expect(mayRead({ customer_id: null }, "cus_other")).toBe(true)
    expect(mayRead({ customer_id: "cus_lan", has_account: true }, "cus_lan")).toBe(true)
    expect(mayRead({ customer_id: "cus_lan", has_account: true }, "cus_other")).toBe(false)
    expect(mayRead({ customer_id: "cus_lan", has_account: true }, undefined)).toBe(false)
  })
})

describe("maskEmail and maskPhone", () => {
  it("keep the first letter and the domain, and the last three digits", () => {
    expect(maskEmail("lan@example.vn")).toBe("l***@example.vn")
    expect(maskPhone("0912345678")).toBe("*******678")
    expect(maskPhone("+84 912 345 678")).toBe("*********678")
    expect(maskEmail(null)).toBeNull()
    expect(maskPhone("")).toBeNull()
  })
})

describe("samePhone", () => {
  it("matches a number however it is written", () => {
    expect(samePhone("0912345678", "+84 912.345.678")).toBe(true)
    expect(samePhone("+84912345678", "0912345678")).toBe(true)
    expect(samePhone("0912345678", "0912345679")).toBe(false)
    expect(samePhone(null, "0912345678")).toBe(false)
  })
})

describe("maskAddress", () => {
  it("keeps the province and commune, masks the phone and drops the name and street", () => {
    const address = {
      id: "caaddr_1",
      first_name: "Lan",
      last_name: "Nguyễn",
      phone: "0912345678",
      address_1: "12 Trần Phú",
      address_2: null,
      company: "HTX",
      postal_code: "32000",
      city: "Phường Điện Biên Phủ",
      province: "Điện Biên",
      country_code: "vn",
      metadata: { province_code: "11", commune_code: "03127", note: "nhà màu xanh" },
    }
    expect(maskAddress(address)).toEqual({
      id: "caaddr_1",
      city: "Phường Điện Biên Phủ",
      province: "Điện Biên",
      country_code: "vn",
      phone: "*******678",
      metadata: { province_code: "11", commune_code: "03127" },
    })
  })
})

describe("maskOrderContact", () => {
  it("masks every place the buyer's contact can appear and leaves the rest", () => {
    const order = {
      id: "order_1",
      total: 120000,
      email: "lan@example.vn",
      customer: { id: "cus_1", email: "lan@example.vn", phone: "0912345678", first_name: "Lan" },
      shipping_address: { first_name: "Lan", phone: "0912345678", province: "Điện Biên" },
      fulfillments: [{ id: "ful_1", delivery_address: { address_1: "12 Trần Phú", phone: "0912345678" } }],
    }
    expect(maskOrderContact(order)).toEqual({
      id: "order_1",
      total: 120000,
      email: "l***@example.vn",
      customer: { id: "cus_1", email: "l***@example.vn" },
      shipping_address: { province: "Điện Biên", phone: "*******678" },
      fulfillments: [{ id: "ful_1", delivery_address: { phone: "*******678" } }],
    })
  })
})
