import { model } from "@medusajs/framework/utils"
import { COMPANY_ROLES } from "@ocop/shared"
import { Company } from "./company"

/** A customer who buys for one company (a customer belongs to at most one), with its role and monthly limit. */
export const CompanyStaff = model.define("company_staff", {
  id: model.id({ prefix: "cstf" }).primaryKey(),
  customer_id: model.text().unique(),
  email: model.text(),
  name: model.text().nullable(),
  role: model.enum([...COMPANY_ROLES]).default("buyer"),
  // The most this person may order in a calendar month (Vietnam time), in VND; null: no limit.
  monthly_spending_limit: model.number().nullable(),
  company: model.belongsTo(() => Company, { mappedBy: "staff" }),
})
