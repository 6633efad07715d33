import { describe, expect, it } from "vitest"
import type { ProducerGroup } from "../../cart/producer-groups"
import { addressFieldsOf, firstOpenStep, resolveStep } from "../checkout-steps"

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
  ({ producer: null, lines: [], itemTotal: 0, total: 0, shipping: shipped ? { optionId: "so", kind: "standard", amount: 0 } : null }) as ProducerGroup

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

describe("firstOpenStep and resolveStep", () => {
  it("opens on the address until it is given, then on delivery until every producer has one", () => {
    expect(firstOpenStep({ email: null, shipping_address: null, metadata: null } as never, [group(false)])).toBe("address")
    expect(firstOpenStep(withAddress, [group(true), group(false)])).toBe("delivery")
    expect(firstOpenStep(withAddress, [group(true), group(true)])).toBe("payment")
  })

  it("goes back to a done step on request, never ahead of the first open one", () => {
    expect(resolveStep("address", "payment")).toBe("address")
    expect(resolveStep("payment", "delivery")).toBe("delivery")
    expect(resolveStep("nonsense", "delivery")).toBe("delivery")
    expect(resolveStep(undefined, "address")).toBe("address")
  })
})
