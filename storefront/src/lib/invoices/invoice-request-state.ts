import { isValidInvoiceTaxCode } from "@ocop/shared"
import type { Place } from "../places/types"

/** The fields of the checkout's company invoice form, as its inputs are named. */
export const INVOICE_REQUEST_FIELDS = [
  "tax_code",
  "legal_name",
  "invoice_street",
  "province_code",
  "commune_code",
  "invoice_email",
] as const
export type InvoiceRequestField = (typeof INVOICE_REQUEST_FIELDS)[number]

/** Message keys under `InvoiceRequest.error`. */
export type InvoiceRequestErrorCode = "fixFields" | "cartGone" | "generic"

/** The company invoice form after a submit: what was typed, what is wrong, or that it was saved. */
export type InvoiceRequestFormState = {
  values: Partial<Record<InvoiceRequestField, string>>
  /** Message keys under `InvoiceRequest.fieldError`. */
  errors: Partial<Record<InvoiceRequestField, "required" | "invalid">>
  /** The chosen province's communes, so the form works again without JavaScript. */
  communes?: Place[]
  error?: InvoiceRequestErrorCode
  saved?: boolean
  removed?: boolean
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The form's values, trimmed, and what is missing or malformed, before anything is sent. */
export function readInvoiceRequestForm(formData: FormData): Pick<InvoiceRequestFormState, "values" | "errors"> {
  const values = Object.fromEntries(
    INVOICE_REQUEST_FIELDS.map((field) => [field, String(formData.get(field) ?? "").trim()])
  ) as Record<InvoiceRequestField, string>
  const errors: InvoiceRequestFormState["errors"] = {}
  for (const field of INVOICE_REQUEST_FIELDS) if (!values[field]) errors[field] = "required"
  if (values.tax_code && !isValidInvoiceTaxCode(values.tax_code)) errors.tax_code = "invalid"
  if (values.invoice_email && !EMAIL.test(values.invoice_email)) errors.invoice_email = "invalid"
  return { values, errors }
}

/** The backend's field codes (`invalid_tax_code`, …) as the form's fields. */
const FIELD_OF_CODE: Record<string, InvoiceRequestField> = {
  invalid_tax_code: "tax_code",
  invalid_legal_name: "legal_name",
  invalid_invoice_email: "invoice_email",
  invalid_invoice_street: "invoice_street",
  invalid_invoice_province_code: "province_code",
  invalid_province_code: "province_code",
  invalid_invoice_commune_code: "commune_code",
  invalid_commune_code: "commune_code",
}

/** The field a backend refusal's code points at, or undefined for a refusal of something else. */
export const fieldOfRefusal = (code: string | undefined): InvoiceRequestField | undefined =>
  code ? FIELD_OF_CODE[code] : undefined
