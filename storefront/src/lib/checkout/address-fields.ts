import { isEmail, isVietnameseMobile } from "../util/contact"

/** What the buyer types on the checkout's first step; the same checks run in the browser and on the server. */
export type AddressFields = {
  email: string
  phone: string
  name: string
  province_code: string
  commune_code: string
  street: string
  note: string
}

export type AddressField = keyof AddressFields

/** Message keys under `Checkout.fieldError`. */
export type FieldErrorCode = "required" | "email" | "emailHasAccount" | "phone" | "commune" | "tooLong"

export type FieldErrors = Partial<Record<AddressField, FieldErrorCode>>

export const ADDRESS_FIELDS: AddressField[] = [
  "email",
  "phone",
  "name",
  "province_code",
  "commune_code",
  "street",
  "note",
]
const OPTIONAL: AddressField[] = ["note"]
const MAX_LENGTH: Record<AddressField, number> = {
  email: 254,
  phone: 20,
  name: 100,
  province_code: 2,
  commune_code: 5,
  street: 200,
  note: 500,
}

export function readAddressFields(formData: FormData): AddressFields {
  const read = (field: AddressField) => String(formData.get(field) ?? "").trim()
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, read(field)])) as AddressFields
}

/** `without`: fields the form does not have (the address book asks for no e-mail and no note). */
export function validateAddressFields(
  fields: AddressFields,
  { without = [] }: { without?: AddressField[] } = {}
): FieldErrors {
  const errors: FieldErrors = {}
  for (const field of ADDRESS_FIELDS.filter((candidate) => !without.includes(candidate))) {
    if (!fields[field] && !OPTIONAL.includes(field)) errors[field] = "required"
    else if (fields[field].length > MAX_LENGTH[field]) errors[field] = "tooLong"
  }
  if (!errors.email && !without.includes("email") && !isEmail(fields.email)) errors.email = "email"
  if (!errors.phone && !isVietnameseMobile(fields.phone)) errors.phone = "phone"
  return errors
}
