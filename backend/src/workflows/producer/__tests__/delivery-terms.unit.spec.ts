import { describe, expect, it } from "vitest"
import { hasFlatStandardDelivery, standardDeliveryUpdates } from "../delivery-terms"

const standard = { id: "so_std", price_type: "calculated", type: { code: "standard" } }
const pickup = { id: "so_pick", price_type: "flat", type: { code: "pickup" } }

describe("standardDeliveryUpdates", () => {
  it("writes the fee and threshold into the standard option only, priced by our provider", () => {
    expect(
      standardDeliveryUpdates({ id: "prdc_1", shipping_fee: 20000, free_shipping_threshold: 300000 }, [
        standard,
        pickup,
      ])
    ).toEqual([
      {
        id: "so_std",
        price_type: "calculated",
        provider_id: "producer_delivery",
        data: { producer_id: "prdc_1", fee: 20000, free_shipping_threshold: 300000 },
      },
    ])
  })

  it("falls back to the default fee and no threshold", () => {
    expect(standardDeliveryUpdates({ id: "prdc_1" }, [standard])[0].data).toEqual({
      producer_id: "prdc_1",
      fee: 30000,
      free_shipping_threshold: null,
    })
  })
})

describe("hasFlatStandardDelivery", () => {
  it("tells a producer whose standard delivery is still flat", () => {
    expect(hasFlatStandardDelivery([{ ...standard, price_type: "flat" }, pickup])).toBe(true)
    expect(hasFlatStandardDelivery([standard, pickup])).toBe(false)
  })
})
