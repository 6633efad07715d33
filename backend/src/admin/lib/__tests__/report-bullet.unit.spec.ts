import { describe, expect, it } from "vitest"
import { bulletGeometry } from "../report-bullet"

describe("bulletGeometry", () => {
  it("draws a share on 0–100 % while everything fits", () => {
    expect(bulletGeometry({ unit: "share", actual: 30, value: 40, baseline: 20 })).toEqual({
      bar: { left: 0, width: 30 },
      target: 40,
      baseline: 20,
      zero: 0,
      min: 0,
      max: 100,
    })
  })

  it("leaves a tenth past the largest figure on a count scale", () => {
    const geometry = bulletGeometry({ unit: "count", actual: 300, value: 250 })
    expect(geometry.max).toBe(330)
    expect(geometry.bar).toEqual({ left: 0, width: 90.91 })
    expect(geometry.target).toBe(75.76)
    expect(geometry.baseline).toBeNull()
  })

  it("draws no bar for a missing actual, with the target still placed", () => {
    const geometry = bulletGeometry({ unit: "vnd", actual: null, value: 1_000_000 })
    expect(geometry.bar.width).toBe(0)
    expect(geometry.target).toBe(90.91)
  })

  it("draws a fall in growth leftwards from zero", () => {
    const geometry = bulletGeometry({ unit: "share", actual: -10, value: 20 })
    expect(geometry.min).toBe(-11)
    expect(geometry.max).toBe(22)
    expect(geometry.zero).toBe(33.33)
    expect(geometry.bar).toEqual({ left: 3.03, width: 30.3 })
    expect(geometry.bar.left + geometry.bar.width).toBeCloseTo(geometry.zero, 1)
  })

  it("keeps a growth share above 100 % on the scale", () => {
    const geometry = bulletGeometry({ unit: "share", actual: 150, value: 20 })
    expect(geometry.max).toBe(165)
    expect(geometry.bar.width).toBe(90.91)
  })

  it("has a scale when every figure is zero", () => {
    const geometry = bulletGeometry({ unit: "count", actual: 0, value: 0 })
    expect(geometry).toMatchObject({ min: 0, max: 1, target: 0, bar: { left: 0, width: 0 } })
  })
})
