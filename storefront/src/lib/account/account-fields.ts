import { isEmail, isVietnameseMobile, normalizePhone } from "../util/contact"

/** What the account forms take; the same checks run in the browser and on the server. */
export type AccountFields = { email: string; password: string; first_name: string; last_name: string; phone: string }
export type AccountField = keyof AccountFields

/** Message keys under `Account.fieldError`. */
export type AccountFieldError = "required" | "email" | "phone" | "passwordShort" | "tooLong"
export type AccountFieldErrors = Partial<Record<AccountField, AccountFieldError>>

export const MIN_PASSWORD_LENGTH = 8

export function readAccountFields(formData: FormData): AccountFields {
  const read = (field: AccountField) => String(formData.get(field) ?? "").trim()
  return {
    email: read("email").toLowerCase(),
    // A password is taken as typed, spaces included.
    password: String(formData.get("password") ?? ""),
    first_name: read("first_name"),
    last_name: read("last_name"),
    phone: normalizePhone(read("phone")),
  }
}

/** Checks the named fields: sign-in needs e-mail and password, registration also a name; a phone is optional. */
export function validateAccountFields(fields: AccountFields, required: AccountField[]): AccountFieldErrors {
  const errors: AccountFieldErrors = {}
  for (const field of required) if (!fields[field]) errors[field] = "required"
  for (const field of ["email", "first_name", "last_name"] as const)
    if (fields[field].length > 100) errors[field] = "tooLong"
  if (!errors.email && required.includes("email") && !isEmail(fields.email)) errors.email = "email"
  if (!errors.password && required.includes("password") && fields.password.length < MIN_PASSWORD_LENGTH)
    errors.password = "passwordShort"
  if (fields.phone && !isVietnameseMobile(fields.phone)) errors.phone = "phone"
  return errors
}
