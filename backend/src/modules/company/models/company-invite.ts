import { model } from "@medusajs/framework/utils"
import { COMPANY_ROLES } from "@ocop/shared"
import { Company } from "./company"

/** A colleague invited by a company admin; the e-mailed token (stored hashed) lets them join. */
export const CompanyInvite = model.define("company_invite", {
  id: model.id({ prefix: "cinv" }).primaryKey(),
  email: model.text(),
  role: model.enum([...COMPANY_ROLES]).default("buyer"),
  monthly_spending_limit: model.number().nullable(),
  token: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  company: model.belongsTo(() => Company, { mappedBy: "invites" }),
})
