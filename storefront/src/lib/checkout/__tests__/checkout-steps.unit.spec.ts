import { describe, expect, it } from "vitest"
import type { ProducerGroup } from "../../cart/producer-groups"
import { addressFieldsOf, firstOpenStep, resolveStep, startingAddressFields } from "../checkout-steps"

const withAddress = {
  email: "lan@example.vn",
  metadata: { note: "Gọi trước khi giao" },
  shipping_address: {
    first_name: "Nguyễn Thị Lan",
    last_name: "",
    phone: "0912345678",
    address_1: "12 Trần Phú",
    city: "Xã Mường Ảng",
    province: "Điện Biên",
    metadata: { province_code: "11", commune_code: "03256" },
  },
} as never
const group = (shipped: boolean) =>
  ({
    producer: null,
    lines: [],
    itemTotal: 0,
    total: 0,
    shipping: shipped ? { optionId: "so", kind: "standard", amount: 0 } : null,
    needsDelivery: true,
  }) as ProducerGroup

describe("addressFieldsOf", () => {
  it("reads the form's fields back from the cart, codes from the address's metadata", () => {
    expect(addressFieldsOf(withAddress)).toEqual({
      email: "lan@example.vn",
      phone: "0912345678",
      name: "Nguyễn Thị Lan",
      province_code: "11",
      commune_code: "03256",
      street: "12 Trần Phú",
      note: "Gọi trước khi giao",
    })
  })
})

describe("startingAddressFields", () => {
  const newCart = { email: null, metadata: null, shipping_address: { country_code: "vn" } } as never
  const customer = { email: "lan@example.vn", phone: "0987654321", addresses: [] }

  it("starts a signed-in customer's checkout from her e-mail and phone", () => {
    expect(startingAddressFields(newCart, customer)).toMatchObject({
      email: "lan@example.vn",
      phone: "0987654321",
      street: "",
    })
  })

  it("takes her first saved address, with its own phone, when the cart has none", () => {
    const saved = {
      first_name: "Lan",
      last_name: "Nguyễn",
      phone: "0912345678",
      address_1: "5 Võ Nguyên Giáp",
      metadata: { province_code: "11", commune_code: "03256" },
    }
    expect(startingAddressFields(newCart, { ...customer, addresses: [saved] as never })).toMatchObject({
      email: "lan@example.vn",
      phone: "0912345678",
      name: "Lan Nguyễn",
      province_code: "11",
      street: "5 Võ Nguyên Giáp",
    })
  })

  it("keeps what the cart already holds", () => {
    expect(startingAddressFields(withAddress, customer)).toEqual(addressFieldsOf(withAddress))
  })

  it("is the cart's own answers for a guest", () => {
    expect(startingAddressFields(newCart, null)).toMatchObject({ email: "", phone: "" })
  })
})

describe("firstOpenStep and resolveStep", () => {
  it("opens on the address until it is given, then on delivery until every producer has one", () => {
    expect(firstOpenStep({ email: null, shipping_address: null, metadata: null } as never, [group(false)])).toBe(
      "address"
    )
    expect(firstOpenStep(withAddress, [group(true), group(false)])).toBe("delivery")
    expect(firstOpenStep(withAddress, [group(true), group(true)])).toBe("payment")
  })

  it("asks no delivery of a producer whose part is only experience bookings", () => {
    const bookingsOnly = { ...group(false), needsDelivery: false }
    expect(firstOpenStep(withAddress, [group(true), bookingsOnly])).toBe("payment")
    expect(firstOpenStep(withAddress, [group(false), bookingsOnly])).toBe("delivery")
  })

  it("goes back to a done step on request, never ahead of the first open one", () => {
    expect(resolveStep("address", "payment")).toBe("address")
    expect(resolveStep("payment", "delivery")).toBe("delivery")
    expect(resolveStep("nonsense", "delivery")).toBe("delivery")
    expect(resolveStep(undefined, "address")).toBe("address")
  })
})
