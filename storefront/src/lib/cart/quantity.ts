/** The most units of one variant a cart line may hold, as the backend allows. */
export const MAX_LINE_QUANTITY = 99

/** A whole number of units from a form field, 0 to MAX_LINE_QUANTITY, or null. */
export function parseQuantity(value: FormDataEntryValue | null): number | null {
  const text = typeof value === "string" ? value.trim() : ""
  const quantity = /^\d+$/.test(text) ? Number(text) : NaN
  return Number.isInteger(quantity) && quantity >= 0 && quantity <= MAX_LINE_QUANTITY ? quantity : null
}

/** How many of a variant one order may hold: at least `min`, at most `max`. */
export type OrderLimits = { min: number; max: number }

function positiveInteger(value: unknown): number | null {
  const number = typeof value === "string" && value.trim() ? Number(value) : value
  return typeof number === "number" && Number.isInteger(number) && number > 0 ? number : null
}

/**
 * A variant's limits from its metadata (`min_quantity`, `max_quantity`, as the backend enforces
 * them), within 1 to MAX_LINE_QUANTITY; the backend's answer stays the one that counts.
 */
export function orderLimits(metadata: Record<string, unknown> | null | undefined): OrderLimits {
  const min = Math.min(positiveInteger(metadata?.min_quantity) ?? 1, MAX_LINE_QUANTITY)
  const max = Math.min(positiveInteger(metadata?.max_quantity) ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY)
  return { min, max: Math.max(min, max) }
}

/** One quantity field for several variants: the widest range any of them allows. */
export function widestLimits(limits: OrderLimits[]): OrderLimits {
  if (!limits.length) return { min: 1, max: MAX_LINE_QUANTITY }
  return { min: Math.min(...limits.map((l) => l.min)), max: Math.max(...limits.map((l) => l.max)) }
}
