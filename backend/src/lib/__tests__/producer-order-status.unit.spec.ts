import { describe, expect, it } from "vitest"
import { deliveryStatus, fulfilmentStatus, producerOrderActionRefusal } from "../producer-order-status"

describe("producerOrderActionRefusal", () => {
  it("lets a producer accept then pack, or pack straight away", () => {
    expect(producerOrderActionRefusal("placed", "accept")).toBeUndefined()
    expect(producerOrderActionRefusal("accepted", "pack")).toBeUndefined()
    expect(producerOrderActionRefusal("placed", "pack")).toBeUndefined()
  })

  it("asks for the missing step first", () => {
    expect(producerOrderActionRefusal("accepted", "ship")).toBe("order: pack it before shipping")
    expect(producerOrderActionRefusal("packed", "deliver")).toBe("order: ship it before marking it delivered")
  })

  it("refuses a step already taken", () => {
    expect(producerOrderActionRefusal("accepted", "accept")).toBe("order: it is already accepted")
    expect(producerOrderActionRefusal("shipped", "pack")).toBe("order: it is already shipped")
  })

  it("refuses everything after delivery or cancellation, and cancelling a parcel on its way", () => {
    for (const action of ["accept", "pack", "ship", "deliver", "cancel"] as const) {
      expect(producerOrderActionRefusal("delivered", action)).toBe(
        "order: it is delivered; nothing more can be done with it"
      )
      expect(producerOrderActionRefusal("canceled", action)).toBe(
        "order: it is canceled; nothing more can be done with it"
      )
    }
    expect(producerOrderActionRefusal("shipped", "cancel")).toMatch(/^order: it has shipped/)
    expect(producerOrderActionRefusal("packed", "cancel")).toBeUndefined()
  })
})

describe("fulfilmentStatus and deliveryStatus", () => {
  const at = "2026-01-01T00:00:00Z"

  it("read the furthest step of the live fulfilments", () => {
    const order = {
      status: "pending",
      fulfillments: [{ shipped_at: at, canceled_at: at, delivered_at: at }, { shipped_at: at }],
    }
    expect(fulfilmentStatus(order)).toBe("shipped")
    expect(deliveryStatus(order)).toBe("shipped")
    expect(fulfilmentStatus({ status: "pending", fulfillments: [{}] })).toBe("packed")
    expect(fulfilmentStatus({ status: "canceled", fulfillments: [{ shipped_at: at }] })).toBe("canceled")
  })

  it("show an accepted order to its producer as accepted and to its buyer as placed", () => {
    const accepted = { status: "pending", metadata: { accepted_at: at }, fulfillments: [] }
    expect(fulfilmentStatus(accepted)).toBe("accepted")
    expect(deliveryStatus(accepted)).toBe("placed")
    expect(fulfilmentStatus({ status: "pending" })).toBe("placed")
  })
})
