import { describe, expect, it } from "vitest"
import { deliveryOptionsOf, inBuyersProvince, pickupPlaceOf } from "../delivery-options"

const at = (address: Record<string, unknown> | null) => ({
  service_zone: { fulfillment_set: { location: { address } } },
})
const option = (id: string, code: "standard" | "pickup", address: Record<string, unknown> | null = null) =>
  ({
    id,
    type: { code },
    amount: code === "pickup" ? 0 : 30000,
    data: { producer_id: "prdc_1", free_shipping_threshold: 500000 },
    ...at(address),
  }) as never

const BAN_HON = { address_1: "Bản Hón", city: "Xã Mường Ảng", province: "Điện Biên" }

describe("pickupPlaceOf", () => {
  it("reads street, commune and province from the option's stock location", () => {
    expect(pickupPlaceOf(at(BAN_HON))).toEqual({ street: "Bản Hón", commune: "Xã Mường Ảng", province: "Điện Biên" })
  })

  it("names the commune once when the producer has no street (its commune stands in for it)", () => {
    expect(pickupPlaceOf(at({ address_1: "Xã Mường Ảng", city: "Xã Mường Ảng", province: "Điện Biên" }))).toEqual({
      street: "",
      commune: "Xã Mường Ảng",
      province: "Điện Biên",
    })
  })

  it("is null when the listing carries no address or no province", () => {
    expect(pickupPlaceOf({})).toBeNull()
    expect(pickupPlaceOf(at(null))).toBeNull()
    expect(pickupPlaceOf(at({ address_1: "Bản Hón", city: "Xã Mường Ảng", province: " " }))).toBeNull()
  })
})

describe("deliveryOptionsOf", () => {
  it("puts delivery to the door first and gives pickup its place", () => {
    expect(deliveryOptionsOf([option("so_pickup", "pickup", BAN_HON), option("so_std", "standard", BAN_HON)])).toEqual([
      { id: "so_std", kind: "standard", amount: 30000, freeFrom: 500000, pickup: null },
      {
        id: "so_pickup",
        kind: "pickup",
        amount: 0,
        freeFrom: 500000,
        pickup: { street: "Bản Hón", commune: "Xã Mường Ảng", province: "Điện Biên" },
      },
    ])
  })

  it("leaves out a pickup that cannot say where it is", () => {
    expect(
      deliveryOptionsOf([option("so_std", "standard"), option("so_pickup", "pickup")]).map((choice) => choice.id)
    ).toEqual(["so_std"])
  })
})

describe("inBuyersProvince", () => {
  const place = { street: "Bản Hón", commune: "Xã Mường Ảng", province: "Điện Biên" }

  it("matches the buyer's province by name, whatever its Unicode form or case", () => {
    expect(inBuyersProvince(place, "Điện Biên")).toBe(true)
    expect(inBuyersProvince(place, "điện biên".normalize("NFD"))).toBe(true)
  })

  it("is false for another province, or when the buyer has given none", () => {
    expect(inBuyersProvince(place, "Đắk Lắk")).toBe(false)
    expect(inBuyersProvince(place, null)).toBe(false)
  })
})
