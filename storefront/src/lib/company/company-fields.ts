import { BUYER_TYPES, isValidBuyerTaxCode, type BuyerType, type CompanyRole, type CompanyStatus } from "@ocop/shared"
import { isEmail, isVietnameseMobile, normalizePhone } from "../util/contact"

/** A buyer company as GET /store/companies/me answers it. */
export type CompanyAddress = {
  id: string
  label: string
  recipient: string
  phone: string
  street: string
  province_code: string
  commune_code: string
}
export type Company = {
  id: string
  legal_name: string
  tax_code: string
  household_business: boolean
  buyer_type: BuyerType
  phone: string
  invoice_email: string
  invoice_street: string
  invoice_province_code: string
  invoice_commune_code: string
  status: CompanyStatus
  status_reason: string | null
  net_terms_days: number
  credit_limit: number
  addresses: CompanyAddress[]
}
export type MyCompany = { company: Company; role: CompanyRole }

/** Message keys under `Company.fieldError`. */
export type CompanyFieldError = "required" | "taxCode" | "email" | "phone" | "commune" | "tooLong"
/** Message keys under `Company.error`. */
export type CompanyErrorCode = "fixFields" | "taxCodeTaken" | "alreadyStaff" | "adminOnly" | "generic"

/** A company form after a submit: what was typed, what is wrong, and whether it was saved. */
export type CompanyFormState = {
  values: Record<string, string>
  errors: Record<string, CompanyFieldError>
  error?: CompanyErrorCode
  saved?: boolean
}
export const emptyCompanyForm: CompanyFormState = { values: {}, errors: {} }

const text = (formData: FormData, field: string) => String(formData.get(field) ?? "").trim()

/** The registration form as typed: the body of POST /store/companies (the invoice place comes from the pickers). */
export function readRegistration(formData: FormData) {
  return {
    legal_name: text(formData, "legal_name"),
    tax_code: text(formData, "tax_code").replace(/\s/g, ""),
    household_business: formData.get("household_business") === "on",
    buyer_type: text(formData, "buyer_type"),
    phone: normalizePhone(text(formData, "phone")),
    invoice_email: text(formData, "invoice_email").toLowerCase(),
    invoice_street: text(formData, "invoice_street"),
    invoice_province_code: text(formData, "province_code"),
    invoice_commune_code: text(formData, "commune_code"),
  }
}
export type Registration = ReturnType<typeof readRegistration>

/** What the form can tell before the backend: the same rules, so most mistakes never make a round trip. */
export function registrationErrors(registration: Registration): Record<string, CompanyFieldError> {
  const errors: Record<string, CompanyFieldError> = {}
  for (const field of ["legal_name", "invoice_street"] as const) {
    if (registration[field].length < 2) errors[field] = "required"
    else if (registration[field].length > 200) errors[field] = "tooLong"
  }
  if (!isValidBuyerTaxCode(registration.tax_code, registration.household_business)) errors.tax_code = "taxCode"
  if (!(BUYER_TYPES as readonly string[]).includes(registration.buyer_type)) errors.buyer_type = "required"
  if (!isVietnameseMobile(registration.phone)) errors.phone = "phone"
  if (!isEmail(registration.invoice_email)) errors.invoice_email = "email"
  if (!registration.invoice_province_code) errors.province_code = "required"
  if (!registration.invoice_commune_code) errors.commune_code = "required"
  return errors
}

/** A delivery address as typed: the body of POST /store/companies/me/addresses. */
export function readCompanyAddress(formData: FormData) {
  return {
    label: text(formData, "label"),
    recipient: text(formData, "recipient"),
    phone: normalizePhone(text(formData, "phone")),
    street: text(formData, "street"),
    province_code: text(formData, "province_code"),
    commune_code: text(formData, "commune_code"),
  }
}
export type CompanyAddressInput = ReturnType<typeof readCompanyAddress>

export function companyAddressErrors(address: CompanyAddressInput): Record<string, CompanyFieldError> {
  const errors: Record<string, CompanyFieldError> = {}
  for (const field of ["label", "recipient", "street"] as const)
    if (address[field].length < 2) errors[field] = "required"
  if (!isVietnameseMobile(address.phone)) errors.phone = "phone"
  if (!address.province_code) errors.province_code = "required"
  if (!address.commune_code) errors.commune_code = "required"
  return errors
}

/** The form's answer to a backend refusal, by its code (never by its words). */
export function refusedCompanyForm(code: string | undefined, values: Record<string, string>): CompanyFormState {
  switch (code) {
    case "company_tax_code_taken":
      return { values, errors: { tax_code: "taxCode" }, error: "taxCodeTaken" }
    case "already_company_staff":
      return { values, errors: {}, error: "alreadyStaff" }
    case "company_admin_only":
      return { values, errors: {}, error: "adminOnly" }
    case "invalid_tax_code":
      return { values, errors: { tax_code: "taxCode" }, error: "fixFields" }
    case "invalid_commune_code":
    case "invalid_province_code":
      return { values, errors: { commune_code: "commune" }, error: "fixFields" }
    case "invalid_phone":
      return { values, errors: { phone: "phone" }, error: "fixFields" }
    case "invalid_invoice_email":
      return { values, errors: { invoice_email: "email" }, error: "fixFields" }
    default:
      return { values, errors: {}, error: "generic" }
  }
}
