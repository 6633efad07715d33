import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { CompanyRole, CompanyStatus } from "@ocop/shared"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"

/** The company a signed-in customer buys for, and that customer's place in it. */
export type Buyer = {
  staff: { id: string; customer_id: string; role: CompanyRole; monthly_spending_limit: number | null }
  company: {
    id: string
    legal_name: string
    tax_code: string
    status: CompanyStatus
    approval_threshold: number | null
    net_terms_days: number
    credit_limit: number
  }
}

/** The company `customerId` buys for, or undefined for a consumer. */
export async function buyerOfCustomer(
  container: MedusaContainer,
  customerId: string | null | undefined
): Promise<Buyer | undefined> {
  if (!customerId) return undefined
  const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
  const [staff] = await companies.listCompanyStaffs({ customer_id: customerId }, { relations: ["company"], take: 1 })
  if (!staff) return undefined
  const { company, ...member } = staff as unknown as Buyer["staff"] & { company: Buyer["company"] }
  return { staff: member, company }
}

/** Only a verified company's staff buy at wholesale prices and on terms. */
export const buysWholesale = (buyer: Buyer | undefined): buyer is Buyer => buyer?.company.status === "verified"

// The customer group whose members see wholesale prices: verified companies' staff, and no one else.
export const WHOLESALE_GROUP_NAME = "Khách sỉ (doanh nghiệp đã xác minh)"

let wholesaleGroupId: string | undefined

/** The id of the wholesale customer group the setup creates (looked up once per process). */
export async function wholesaleGroupIdOf(container: MedusaContainer): Promise<string> {
  if (wholesaleGroupId) return wholesaleGroupId
  const customers = container.resolve(Modules.CUSTOMER)
  const [group] = await customers.listCustomerGroups({ name: WHOLESALE_GROUP_NAME }, { take: 1 })
  if (!group) throw new Error(`the customer group "${WHOLESALE_GROUP_NAME}" is missing: run the store setup`)
  wholesaleGroupId = group.id
  return group.id
}

/** The company fields the store and the admin answer with (the office sees the same record its staff do). */
export const COMPANY_FIELDS = [
  "id",
  "legal_name",
  "tax_code",
  "household_business",
  "buyer_type",
  "phone",
  "invoice_email",
  "invoice_street",
  "invoice_province_code",
  "invoice_commune_code",
  "status",
  "status_reason",
  "approval_threshold",
  "net_terms_days",
  "credit_limit",
  "created_at",
  "updated_at",
]
