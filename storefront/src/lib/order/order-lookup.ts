/** The guest order look-up form: what was typed, and why nothing was found or sent. */
export type OrderLookupState = {
  values: { display_id?: string; phone?: string }
  errors: Partial<Record<"display_id" | "phone", "required" | "displayId">>
  error?: "notFound" | "generic"
}

export const emptyOrderLookup: OrderLookupState = { values: {}, errors: {} }

/** The order number as the buyer copies it from an e-mail ("#1042", "1042"), or null when it is none. */
export function parseDisplayId(typed: string): number | null {
  const digits = typed.trim().replace(/^#/, "")
  return /^\d{1,12}$/.test(digits) && Number(digits) > 0 ? Number(digits) : null
}

/** The form's fields checked before asking the backend (which checks the phone against the order). */
export function readOrderLookup(formData: FormData): { display_id: number; phone: string } | OrderLookupState {
  const values = {
    display_id: String(formData.get("display_id") ?? ""),
    phone: String(formData.get("phone") ?? "").trim(),
  }
  const errors: OrderLookupState["errors"] = {}
  const displayId = parseDisplayId(values.display_id)
  if (!values.display_id.trim()) errors.display_id = "required"
  else if (displayId === null) errors.display_id = "displayId"
  if (!values.phone) errors.phone = "required"
  return displayId === null || !values.phone ? { values, errors } : { display_id: displayId, phone: values.phone }
}
