import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { TERMS_PROVIDER_ID } from "@ocop/shared"
import { type Buyer, buyerOfCustomer } from "../../lib/buyer-company"
import { ERROR_CODES } from "../../lib/error-codes"
import { companyBalance, paysOnTerms } from "../../lib/ledger"

type CartOnTerms = {
  customer_id?: string | null
  total?: unknown
  payment_collection?: {
    payment_sessions?: ({ provider_id?: string | null; status?: string | null } | null)[] | null
  } | null
}

const paidOnTerms = (cart: CartOnTerms) =>
  (cart.payment_collection?.payment_sessions ?? []).some((session) => session?.provider_id === TERMS_PROVIDER_ID)

/**
 * An order on terms is taken only from a verified company with net terms, while nothing it owes is
 * overdue and its open balance (open invoices plus checkouts on terms not yet invoiced) with this
 * cart stays within its credit limit: exactly at the limit passes. Other payment methods are not
 * checked here: an overdue company may still pay by bank transfer.
 */
export async function checkTermsCredit(
  container: MedusaContainer,
  cart: CartOnTerms,
  buyer: Buyer | undefined
): Promise<void> {
  if (!paidOnTerms(cart)) return
  if (!paysOnTerms(buyer)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "payment: paying on terms is only for staff of a verified company with net terms; choose another payment method. Nothing was ordered or charged.",
      ERROR_CODES.termsNotAllowed
    )
  }
  const balance = await companyBalance(container, buyer.company.id, new Date(), "open")
  if (balance.overdue > 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `payment: ${balance.overdue} ₫ of the company's invoices are overdue; pay them before ordering on terms, or pay this order another way. Nothing was ordered or charged.`,
      ERROR_CODES.overdueBalance
    )
  }
  const total = Number(cart.total ?? 0)
  const limit = Number(buyer.company.credit_limit ?? 0)
  if (balance.balance + total > limit) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `total: ${total} ₫ on terms would take the company's open balance of ${balance.balance} ₫ above its credit limit of ${limit} ₫ (${Math.max(0, limit - balance.balance)} ₫ left). Nothing was ordered or charged.`,
      ERROR_CODES.creditLimitExceeded
    )
  }
}

/**
 * Runs a company buyer's cart completion under the company's lock, so that two checkouts cannot
 * both pass a check on what was ordered before either is an order: the credit limit (open balance)
 * and each person's monthly spending limit read orders, and the order is made after the checks, in
 * the same completion. Consumers' carts are not locked.
 */
export async function withCompanyLock<T>(
  container: MedusaContainer,
  customerId: string | null | undefined,
  complete: () => Promise<T>
): Promise<T> {
  const buyer = await buyerOfCustomer(container, customerId)
  if (!buyer) return complete()
  return container.resolve(Modules.LOCKING).execute(`company-checkout:${buyer.company.id}`, complete, { timeout: 30 })
}
