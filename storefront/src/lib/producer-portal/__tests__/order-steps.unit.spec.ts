import { describe, expect, it } from "vitest"
import { isOrderStep, nextOrderSteps } from "../order-steps"

describe("nextOrderSteps", () => {
  it("offers accepting, packing at once (accepting is optional) or cancelling a placed order", () => {
    expect(nextOrderSteps("placed")).toEqual(["accept", "pack", "cancel"])
  })

  it("offers packing after accepting, shipping after packing, each still cancellable", () => {
    expect(nextOrderSteps("accepted")).toEqual(["pack", "cancel"])
    expect(nextOrderSteps("packed")).toEqual(["ship", "cancel"])
  })

  it("offers only delivery once shipped: the parcel has left", () => {
    expect(nextOrderSteps("shipped")).toEqual(["deliver"])
  })

  it("does not offer packing a bank-transfer order whose transfer has not arrived, only accepting or cancelling it", () => {
    expect(nextOrderSteps("placed", "awaiting_payment")).toEqual(["accept", "cancel"])
    expect(nextOrderSteps("accepted", "awaiting_payment")).toEqual(["cancel"])
    expect(nextOrderSteps("placed", "authorized")).toEqual(["accept", "pack", "cancel"])
  })

  it("offers nothing after delivery or cancellation", () => {
    expect(nextOrderSteps("delivered")).toEqual([])
    expect(nextOrderSteps("canceled")).toEqual([])
  })
})

describe("isOrderStep", () => {
  it("takes the five steps and nothing else", () => {
    for (const step of ["accept", "pack", "ship", "deliver", "cancel"]) expect(isOrderStep(step)).toBe(true)
    for (const other of ["refund", "", null, "ACCEPT"]) expect(isOrderStep(other)).toBe(false)
  })
})
