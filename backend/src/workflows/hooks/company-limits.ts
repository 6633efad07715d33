import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Buyer } from "../../lib/buyer-company"
import { ERROR_CODES } from "../../lib/error-codes"
import { vietnamMonthStart } from "@ocop/shared"
import { COMPANY_MODULE } from "../../modules/company"
import CompanyModuleService from "../../modules/company/service"

type PlacedOrder = { id: string; status: string; total: unknown; metadata?: { parent_order_id?: string } | null }

/**
 * What a customer has ordered this calendar month (Vietnam time), not counting cancelled orders. A
 * checkout makes a parent order and one order per producer (metadata.parent_order_id): the producer
 * orders count, and a parent only while it has none (its split not done yet). One query, over the
 * customer's orders of the month (customer_id is indexed).
 */
export async function spentThisMonth(container: MedusaContainer, customerId: string, now = new Date()) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status", "total", "metadata"],
    filters: { customer_id: customerId, created_at: { $gte: vietnamMonthStart(now) } },
  })
  const orders = data as PlacedOrder[]
  const split = new Set(orders.map((order) => order.metadata?.parent_order_id).filter(Boolean))
  return orders
    .filter((order) => order.status !== "canceled" && (order.metadata?.parent_order_id || !split.has(order.id)))
    .reduce((sum, order) => sum + Number(order.total), 0)
}

/**
 * A company's staff buy within the company's rules: a monthly spending limit per person, and a
 * buyer's cart above the approval threshold needs an admin's approval of at least its total.
 */
export async function checkCompanyLimits(container: MedusaContainer, cart: { id: string }, buyer: Buyer | undefined) {
  if (!buyer) return
  const {
    data: [current],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "total"],
    filters: { id: cart.id },
  })
  const total = Number(current.total)

  const limit = buyer.staff.monthly_spending_limit
  if (limit !== null && limit !== undefined) {
    const spent = await spentThisMonth(container, buyer.staff.customer_id)
    if (spent + total > limit) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `total: ${total} ₫ with the ${spent} ₫ ordered this month passes your monthly limit of ${limit} ₫. Nothing was ordered or charged.`,
        ERROR_CODES.spendingLimitExceeded
      )
    }
  }

  const threshold = buyer.company.approval_threshold
  if (buyer.staff.role !== "buyer" || threshold === null || threshold === undefined || total <= threshold) return
  const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
  const approvals = await companies.listCompanyApprovals(
    { cart_id: cart.id, company_id: buyer.company.id, status: "approved" },
    { select: ["total"] }
  )
  if (!approvals.some((approval) => Number(approval.total) >= total)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `total: an order above ${threshold} ₫ needs a company admin's approval of this cart. Nothing was ordered or charged.`,
      ERROR_CODES.approvalRequired
    )
  }
}
