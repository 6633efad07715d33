/**
 * A variant's order limits, set in its metadata by the producer or the office: `min_quantity` and
 * `max_quantity`, positive whole numbers (anything else is ignored). Medusa's own `min_quantity`
 * lives on prices (wholesale tiers), which choose a price, not whether the line may be ordered.
 */
export type QuantityLimits = { min?: number; max?: number }

/** How many of a variant one order may hold: at least `min`, at most `max`. */
export type OrderLimits = Required<QuantityLimits>

/** The most of one product a cart may hold, whatever its own limits say. */
export const MAX_LINE_QUANTITY = 99

function positiveInteger(value: unknown): number | undefined {
  const number = typeof value === "string" && value.trim() ? Number(value) : value
  return typeof number === "number" && Number.isInteger(number) && number > 0 ? number : undefined
}

export function quantityLimits(metadata: Record<string, unknown> | null | undefined): QuantityLimits {
  return { min: positiveInteger(metadata?.min_quantity), max: positiveInteger(metadata?.max_quantity) }
}

/**
 * The variant's own limits within the store's 1 to MAX_LINE_QUANTITY. Limits that contradict each
 * other (a minimum above the maximum, or above 99) narrow to one quantity rather than to none, so
 * the product page's field and the cart's check agree on what may be ordered.
 */
export function orderLimits(metadata: Record<string, unknown> | null | undefined): OrderLimits {
  const own = quantityLimits(metadata)
  const min = Math.min(own.min ?? 1, MAX_LINE_QUANTITY)
  const max = Math.min(own.max ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY)
  return { min, max: Math.max(min, max) }
}

/** Why `wanted` units of `name` in one order break its limits ("quantity: …"), or null when they do not. */
export function quantityLimitProblem(limits: QuantityLimits, wanted: number, name: string): string | null {
  if (!Number.isInteger(wanted)) return `quantity: must be a whole number for ${name}`
  if (limits.min && wanted < limits.min) return `quantity: at least ${limits.min} per order for ${name}`
  if (limits.max && wanted > limits.max) return `quantity: at most ${limits.max} per order for ${name}`
  return null
}
