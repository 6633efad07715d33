import { describe, expect, it } from "vitest"
import { producerOrderStepRefusal } from "../validate-producer-order-step"

describe("producerOrderStepRefusal", () => {
  it("lets a producer accept then pack, or pack straight away", () => {
    expect(producerOrderStepRefusal("placed", "accept")).toBeUndefined()
    expect(producerOrderStepRefusal("accepted", "pack")).toBeUndefined()
    expect(producerOrderStepRefusal("placed", "pack")).toBeUndefined()
  })

  it("asks for the missing step first", () => {
    expect(producerOrderStepRefusal("accepted", "ship")).toBe("order: pack it before shipping")
    expect(producerOrderStepRefusal("packed", "deliver")).toBe("order: ship it before marking it delivered")
  })

  it("refuses a step already taken", () => {
    expect(producerOrderStepRefusal("accepted", "accept")).toBe("order: it is already accepted")
    expect(producerOrderStepRefusal("shipped", "pack")).toBe("order: it is already shipped")
  })

  it("refuses everything after delivery or cancellation, and cancelling a parcel on its way", () => {
    for (const action of ["accept", "pack", "ship", "deliver", "cancel"] as const) {
      expect(producerOrderStepRefusal("delivered", action)).toBe("order: it is delivered; nothing more can be done with it")
      expect(producerOrderStepRefusal("canceled", action)).toBe("order: it is canceled; nothing more can be done with it")
    }
    expect(producerOrderStepRefusal("shipped", "cancel")).toMatch(/^order: it has shipped/)
    expect(producerOrderStepRefusal("packed", "cancel")).toBeUndefined()
  })
})
