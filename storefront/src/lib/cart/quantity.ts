import { MAX_LINE_QUANTITY, type OrderLimits } from "@ocop/shared"

/**
 * A whole number of units from a form field, 0 to `max`, or null. The cart's actions pass the
 * wholesale maximum: whether this shopper may order that many is the backend's to say.
 */
export function parseQuantity(value: FormDataEntryValue | null, max = MAX_LINE_QUANTITY): number | null {
  const text = typeof value === "string" ? value.trim() : ""
  const quantity = /^\d+$/.test(text) ? Number(text) : NaN
  return Number.isInteger(quantity) && quantity >= 0 && quantity <= max ? quantity : null
}

/** One quantity field for several variants: the widest range any of them allows. */
export function widestLimits(limits: OrderLimits[]): OrderLimits {
  if (!limits.length) return { min: 1, max: MAX_LINE_QUANTITY }
  return { min: Math.min(...limits.map((l) => l.min)), max: Math.max(...limits.map((l) => l.max)) }
}
