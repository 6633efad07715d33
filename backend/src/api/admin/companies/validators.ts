import { z } from "@medusajs/framework/zod"
import { COMPANY_STATUSES, NET_TERMS_DAYS } from "@ocop/shared"
import { requiredReason } from "../ocop/reason-field"

export const AdminListCompanies = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(COMPANY_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListCompaniesType = z.infer<typeof AdminListCompanies>

export const AdminCompanyDecision = z.object({}).strict()
export const AdminCompanyDecisionWithReason = z.object({ reason: requiredReason }).strict()
export type AdminCompanyDecisionWithReasonType = z.infer<typeof AdminCompanyDecisionWithReason>

const wholeVnd = (field: string, min: number) =>
  z
    .number({ error: `${field} must be a whole number of VND` })
    .int(`${field} must be a whole number of VND`)
    .min(min, `${field} must be ${min} or more`)
    .max(Number.MAX_SAFE_INTEGER, `${field} is too large`)

export const AdminSetCompanyTerms = z
  .object({
    net_terms_days: z.literal(NET_TERMS_DAYS, {
      error: `net_terms_days must be one of ${NET_TERMS_DAYS.join(", ")}`,
    }),
    credit_limit: wholeVnd("credit_limit", 0),
    // null: a buyer's order never waits for an admin's approval.
    approval_threshold: wholeVnd("approval_threshold", 1).nullable(),
  })
  .partial()
  .strict()
export type AdminSetCompanyTermsType = z.infer<typeof AdminSetCompanyTerms>
