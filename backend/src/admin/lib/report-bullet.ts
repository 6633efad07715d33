import type { IndicatorUnit } from "@ocop/shared"

/** Where a bullet bar's parts sit, in percent of the bar's width from its left edge. */
export type BulletGeometry = {
  // The actual as a bar from zero (leftwards for a fall in growth).
  bar: { left: number; width: number }
  target: number
  baseline: number | null
  zero: number
  // The scale's ends, in the indicator's unit.
  min: number
  max: number
}

const round = (value: number) => Math.round(value * 100) / 100

/**
 * A bullet bar's layout: shares on 0–100 % while everything fits there; other scales from the
 * smallest figure (or zero) to a tenth past the largest, so the target marker never sits on the edge.
 */
export function bulletGeometry(input: {
  unit: IndicatorUnit
  actual: number | null
  value: number
  baseline?: number | null
}): BulletGeometry {
  const figures = [input.value, input.actual ?? 0, input.baseline ?? 0, 0]
  const low = Math.min(...figures)
  const high = Math.max(...figures)
  const fitsShare = input.unit === "share" && low >= 0 && high <= 100
  const min = fitsShare ? 0 : low < 0 ? low * 1.1 : 0
  const max = fitsShare ? 100 : high > 0 ? high * 1.1 : 1
  const at = (value: number) => round(((value - min) / (max - min)) * 100)
  const zero = at(0)
  const actual = at(input.actual ?? 0)
  return {
    bar: { left: Math.min(zero, actual), width: round(Math.abs(actual - zero)) },
    target: at(input.value),
    baseline: input.baseline === null || input.baseline === undefined ? null : at(input.baseline),
    zero,
    min,
    max,
  }
}
