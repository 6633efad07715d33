import { isValidTaxCode, LEGAL_FORMS, type LegalForm } from "@ocop/shared"
import { isVietnameseMobile, normalizePhone } from "../util/contact"
import type { PortalFieldError } from "./form-state"

/** The application form as typed: the body of POST /producer/applications, and of POST /producer/me. */
export type ApplicationFields = {
  name: string
  legal_form: string
  tax_code: string
  representative: string
  phone: string
  province_code: string
  commune_code: string
  street: string
  women_led: boolean
  ethnic_minority_led: boolean
  ethnic_group: string
  story_vi: string
  story_en: string
}

export type ApplicationBody = Omit<
  ApplicationFields,
  "legal_form" | "street" | "ethnic_group" | "story_vi" | "story_en"
> & {
  legal_form: LegalForm
  street: string | null
  ethnic_group: string | null
  story_vi: string | null
  story_en: string | null
}

const TEXT_FIELDS = [
  "name",
  "legal_form",
  "tax_code",
  "representative",
  "phone",
  "province_code",
  "commune_code",
  "street",
  "ethnic_group",
  "story_vi",
  "story_en",
] as const
const REQUIRED = ["name", "legal_form", "tax_code", "representative", "phone", "province_code", "commune_code"] as const
const MAX_LENGTH: Partial<Record<keyof ApplicationFields, number>> = {
  name: 200,
  representative: 120,
  street: 200,
  ethnic_group: 60,
  story_vi: 5000,
  story_en: 5000,
}
// The legal identity is the office's once approved: the profile form leaves it out.
export const FIXED_ONCE_APPROVED = ["name", "legal_form", "tax_code"] as const

export function readApplicationFields(formData: FormData): ApplicationFields {
  const text = Object.fromEntries(
    TEXT_FIELDS.map((field) => [field, String(formData.get(field) ?? "").trim()])
  ) as Record<(typeof TEXT_FIELDS)[number], string>
  return {
    ...text,
    tax_code: text.tax_code.replace(/\s/g, ""),
    phone: normalizePhone(text.phone),
    women_led: formData.get("women_led") === "on",
    ethnic_minority_led: formData.get("ethnic_minority_led") === "on",
  }
}

/** `without`: fields the form does not send (the approved producer's name, legal form and tax code). */
export function validateApplicationFields(
  fields: ApplicationFields,
  { without = [] }: { without?: readonly string[] } = {}
): Record<string, PortalFieldError> {
  const errors: Record<string, PortalFieldError> = {}
  for (const field of REQUIRED) if (!without.includes(field) && !fields[field]) errors[field] = "required"
  for (const [field, max] of Object.entries(MAX_LENGTH))
    if (String(fields[field as keyof ApplicationFields]).length > max!) errors[field] = "tooLong"
  if (!errors.name && !without.includes("name") && fields.name.length < 2) errors.name = "required"
  if (!errors.legal_form && !without.includes("legal_form") && !LEGAL_FORMS.includes(fields.legal_form as LegalForm))
    errors.legal_form = "required"
  if (!errors.tax_code && !without.includes("tax_code") && !isValidTaxCode(fields.tax_code)) errors.tax_code = "taxCode"
  if (!errors.phone && !isVietnameseMobile(fields.phone)) errors.phone = "phone"
  if (fields.ethnic_minority_led && !fields.ethnic_group) errors.ethnic_group = "required"
  return errors
}

/** What the backend takes: empty optional fields as null, no ethnic group unless ethnic-minority-led. */
export function applicationBody(
  fields: ApplicationFields,
  { without = [] }: { without?: readonly string[] } = {}
): Partial<ApplicationBody> {
  const body: Partial<ApplicationBody> = {
    ...fields,
    legal_form: fields.legal_form as LegalForm,
    street: fields.street || null,
    ethnic_group: fields.ethnic_minority_led ? fields.ethnic_group || null : null,
    story_vi: fields.story_vi || null,
    story_en: fields.story_en || null,
  }
  for (const field of without) delete body[field as keyof ApplicationBody]
  return body
}

/** The typed values to show again after a refused submit (check boxes as "on"). */
export function shownApplication(fields: ApplicationFields): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, value]) => [field, typeof value === "boolean" ? (value ? "on" : "") : value])
  )
}
