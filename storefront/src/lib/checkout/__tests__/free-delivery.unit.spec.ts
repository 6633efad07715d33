import { describe, expect, it } from "vitest"
import { freeDeliveryFrom, standardDeliveries } from "../free-delivery"

describe("freeDeliveryFrom", () => {
  it("reads the producer's threshold from the option's data", () => {
    expect(freeDeliveryFrom({ data: { producer_id: "prdc_1", fee: 30000, free_shipping_threshold: 500000 } })).toBe(
      500000
    )
  })

  it("is null without a threshold, or with one that is not a positive whole number", () => {
    expect(freeDeliveryFrom({ data: { producer_id: "prdc_1", fee: 30000, free_shipping_threshold: null } })).toBeNull()
    expect(freeDeliveryFrom({ data: { producer_id: "prdc_1" } })).toBeNull()
    expect(freeDeliveryFrom({ data: null as never })).toBeNull()
    expect(freeDeliveryFrom({ data: { free_shipping_threshold: "500000" } })).toBeNull()
  })
})

describe("standardDeliveries", () => {
  const option = (
    id: string,
    producer_id: string,
    code: string,
    amount: number | undefined,
    threshold: number | null = null
  ) => ({ id, data: { producer_id, free_shipping_threshold: threshold }, type: { code }, amount }) as never

  it("keeps each producer's priced standard delivery, not pickup", () => {
    expect(
      standardDeliveries([
        option("a-std", "prdc_a", "standard", 0, 500000),
        option("a-pick", "prdc_a", "pickup", 0),
        option("b-std", "prdc_b", "standard", 25000),
      ])
    ).toEqual({ prdc_a: { amount: 0, freeFrom: 500000 }, prdc_b: { amount: 25000, freeFrom: null } })
  })

  it("leaves out an option without an amount or a producer", () => {
    expect(
      standardDeliveries([
        option("x", "prdc_x", "standard", undefined),
        { id: "y", data: null, type: { code: "standard" }, amount: 1 } as never,
      ])
    ).toEqual({})
  })
})
