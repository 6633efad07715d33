import { z } from "@medusajs/framework/zod"
import { COMPANY_ROLES } from "@ocop/shared"

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
