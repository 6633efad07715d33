import { describe, expect, it } from "vitest"
import { deliveryFee, producerSubtotal } from "../delivery-fee"

describe("deliveryFee", () => {
  const terms = { fee: 30000, free_shipping_threshold: 500000 }

  it("adds up unit price times quantity", () => {
    expect(
      producerSubtotal([
        { unit_price: 95000, quantity: 2 },
        { unit_price: "10000", quantity: 3 },
      ])
    ).toBe(220000)
  })

  it("charges the fee below the threshold", () => {
    expect(deliveryFee(terms, [{ unit_price: 499999, quantity: 1 }])).toBe(30000)
  })

  it("is free at the threshold and above", () => {
    expect(deliveryFee(terms, [{ unit_price: 250000, quantity: 2 }])).toBe(0)
    expect(deliveryFee(terms, [{ unit_price: 250000, quantity: 3 }])).toBe(0)
  })

  it("always charges the fee without a threshold", () => {
    expect(deliveryFee({ fee: 30000, free_shipping_threshold: null }, [{ unit_price: 9_000_000, quantity: 1 }])).toBe(
      30000
    )
    expect(deliveryFee({ fee: 25000 }, [])).toBe(25000)
  })
})
