import { model } from "@medusajs/framework/utils"
import { Company } from "./company"

export const APPROVAL_STATUSES = ["pending", "approved", "rejected"] as const

/** A buyer's cart above the company's approval threshold, waiting for (or decided by) a company admin. */
export const CompanyApproval = model.define("company_approval", {
  id: model.id({ prefix: "capr" }).primaryKey(),
  cart_id: model.text().index(),
  requested_by: model.text(),
  // The cart's total when approval was asked; a cart that grows after approval needs it again.
  total: model.number(),
  status: model.enum([...APPROVAL_STATUSES]).default("pending"),
  decided_by: model.text().nullable(),
  decided_at: model.dateTime().nullable(),
  reason: model.text().nullable(),
  company: model.belongsTo(() => Company, { mappedBy: "approvals" }),
})
