/** The most units of one variant a cart line may hold, as the backend allows. */
export const MAX_LINE_QUANTITY = 99

/** A whole number of units from a form field, 0 to MAX_LINE_QUANTITY, or null. */
export function parseQuantity(value: FormDataEntryValue | null): number | null {
  const text = typeof value === "string" ? value.trim() : ""
  const quantity = /^\d+$/.test(text) ? Number(text) : NaN
  return Number.isInteger(quantity) && quantity >= 0 && quantity <= MAX_LINE_QUANTITY ? quantity : null
}
