import { model } from "@medusajs/framework/utils"
import { BUYER_TYPES, COMPANY_STATUSES } from "@ocop/shared"
import { CompanyAddress } from "./company-address"
import { CompanyApproval } from "./company-approval"
import { CompanyInvite } from "./company-invite"
import { CompanyStaff } from "./company-staff"
import { PurchaseList } from "./purchase-list"

/**
 * A wholesale buyer: a supermarket, shop, restaurant or hotel, distributor, agency or school, known
 * by its tax code (MST). The invoice fields are what a VAT e-invoice needs of the buyer.
 */
export const Company = model.define("company", {
  id: model.id({ prefix: "comp" }).primaryKey(),
  legal_name: model.text().searchable(),
  tax_code: model.text().unique(),
  household_business: model.boolean().default(false),
  buyer_type: model.enum([...BUYER_TYPES]),
  phone: model.text(),
  invoice_email: model.text(),
  invoice_street: model.text(),
  invoice_province_code: model.text(),
  invoice_commune_code: model.text(),
  status: model.enum([...COMPANY_STATUSES]).default("pending"),
  status_reason: model.text().nullable(),
  // A buyer's order above this total (VND) waits for a company admin's approval; null: never waits.
  approval_threshold: model.number().nullable(),
  // Set by the office: days after delivery that an invoice falls due (0: no terms), and the most the company may owe.
  net_terms_days: model.number().default(0),
  credit_limit: model.number().default(0),
  staff: model.hasMany(() => CompanyStaff, { mappedBy: "company" }),
  invites: model.hasMany(() => CompanyInvite, { mappedBy: "company" }),
  addresses: model.hasMany(() => CompanyAddress, { mappedBy: "company" }),
  approvals: model.hasMany(() => CompanyApproval, { mappedBy: "company" }),
  purchase_lists: model.hasMany(() => PurchaseList, { mappedBy: "company" }),
})
