import { z } from "@medusajs/framework/zod"
import { BUYER_TYPES, COMPANY_ROLES } from "@ocop/shared"
import { communeCode, provinceCode } from "../../admin/ocop/place-fields"
import { VietnamesePhone } from "../carts/validators"
import { addressText, nameText } from "../../text-fields"

// Medusa reports a custom message as it is, so each one names its field.
const required = (field: string, text: z.ZodString) => text.trim().min(2, `${field} is required`)

export const StoreCompanyAddress = z
  .object({
    label: required("label", nameText("label")),
    recipient: required("recipient", nameText("recipient")),
    phone: VietnamesePhone,
    street: required("street", addressText("street")),
    province_code: provinceCode,
    commune_code: communeCode,
  })
  .strict()
export type StoreCompanyAddressType = z.infer<typeof StoreCompanyAddress>

export const StoreUpdateCompanyAddress = StoreCompanyAddress.partial().strict()
export type StoreUpdateCompanyAddressType = z.infer<typeof StoreUpdateCompanyAddress>

const companyShape = {
  legal_name: required("legal_name", nameText("legal_name")),
  // The check digit (and whether a personal id is allowed) is checked with household_business, in the workflow.
  tax_code: z
    .string()
    .trim()
    .regex(/^\d{10}(-\d{3})?$|^\d{12}$/, "tax_code must be 10 digits, 10-3 or 12 digits"),
  household_business: z.boolean().default(false),
  buyer_type: z.enum(BUYER_TYPES, { error: `buyer_type must be one of ${BUYER_TYPES.join(", ")}` }),
  phone: VietnamesePhone,
  invoice_email: z.string().trim().toLowerCase().email("invoice_email is not a valid e-mail address"),
  invoice_street: required("invoice_street", addressText("invoice_street")),
  invoice_province_code: provinceCode,
  invoice_commune_code: communeCode,
}

export const StoreRegisterCompany = z.object({ ...companyShape, address: StoreCompanyAddress.nullish() }).strict()
export type StoreRegisterCompanyType = z.infer<typeof StoreRegisterCompany>

export const StoreUpdateCompany = z
  .object({ ...companyShape, household_business: z.boolean() })
  .partial()
  .strict()
export type StoreUpdateCompanyType = z.infer<typeof StoreUpdateCompany>

export const companyAddressFields = [
  "id",
  "label",
  "recipient",
  "phone",
  "street",
  "province_code",
  "commune_code",
  "created_at",
]

// Staff, invitations and approvals.

const monthlySpendingLimit = z
  .number({ error: "monthly_spending_limit must be a whole number of đồng, or null for no limit" })
  .int("monthly_spending_limit must be a whole number of đồng")
  .min(0, "monthly_spending_limit must be 0 or more")
  .max(1e12, "monthly_spending_limit is too large")
  .nullable()

export const UpdateCompanyStaff = z
  .object({ role: z.enum(COMPANY_ROLES).optional(), monthly_spending_limit: monthlySpendingLimit.optional() })
  .strict()
export type UpdateCompanyStaffType = z.infer<typeof UpdateCompanyStaff>

export const InviteCompanyStaff = z
  .object({
    email: z.string({ error: "email is required" }).trim().toLowerCase().email("email must be an e-mail address"),
    role: z.enum(COMPANY_ROLES).default("buyer"),
    monthly_spending_limit: monthlySpendingLimit.default(null),
  })
  .strict()
export type InviteCompanyStaffType = z.infer<typeof InviteCompanyStaff>

export const DecideCompanyApproval = z
  .object({ reason: z.string().trim().max(500, "reason must have at most 500 characters").optional() })
  .strict()
export type DecideCompanyApprovalType = z.infer<typeof DecideCompanyApproval>

export const AcceptCompanyInvite = z
  .object({
    token: z
      .string({ error: "token is required" })
      .trim()
      .min(10, "token: this invitation is unknown, used or expired")
      .max(200, "token: this invitation is unknown, used or expired"),
  })
  .strict()
export type AcceptCompanyInviteType = z.infer<typeof AcceptCompanyInvite>

export const RequestCartApproval = z.object({}).strict()
