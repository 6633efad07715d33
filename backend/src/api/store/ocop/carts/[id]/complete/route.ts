import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { splitCheckoutWorkflow } from "../../../../../../workflows/checkout/workflows/split-checkout"
import { concurrencyLimit } from "../../../../../../lib/concurrency-limit"
import { linesOutsideLimits, shortItems } from "../../../../carts/line-availability"
import { ERROR_CODES, type ErrorCode } from "../../../../../../lib/error-codes"
import { retrieveOrderGroup } from "../../../../../../lib/order-group-view"
import { withCompanyLock } from "../../../../../../workflows/hooks/terms-credit"

// Medusa's refusals below come with words only, so this route reads them and answers with our code.
// The inventory module's words when a reservation would take stock below zero.
const OUT_OF_STOCK = /not enough stock|insufficient|does not have the required inventory/i
const LOCK_TIMEOUT = /timed-out acquiring lock/i
// The payment module's words when the provider has not authorized the session (a card not confirmed, or declined).
const NOT_AUTHORIZED = /was not authorized with the provider/i
// Medusa checks the cart's payment before the validate hook, where our own checks run.
const NO_PAYMENT = /^Payment (collection has not been initiated|sessions are required)/

// Completions queue here rather than all fighting for the same inventory locks (see concurrency-limit).
const checkoutSlot = concurrencyLimit(Number(process.env.CHECKOUT_CONCURRENCY) || 4)

/**
 * Completes the buyer's cart into an order group with one order per producer. A cart that belongs
 * to another customer is unknown here (404); a buyer who lost the race for the last units gets 409:
 * nothing is ordered or charged then. Completing is idempotent: a completed cart answers 200 with
 * the order group it made, so a client whose answer was lost (a server died, a connection dropped)
 * retries and learns its checkout instead of making a second one or being told only "conflict".
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "order.id"],
    filters: { id: req.params.id },
  })
  const customerId = req.auth_context?.actor_id
  if (!cart || (cart.customer_id && customerId && cart.customer_id !== customerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart: no cart with id ${req.params.id}`)
  }
  // A completed cart whose split is done answers with its order group; one whose split failed is split again.
  const parentOrderId = (cart as { order?: { id: string } | null }).order?.id
  if (cart.completed_at && parentOrderId) {
    const {
      data: [group],
    } = await query.graph({ entity: "order_group", fields: ["id"], filters: { cart_id: cart.id } })
    if (group) {
      res.status(200).json({ order_group: await retrieveOrderGroup(req.scope, group.id) })
      return
    }
  }

  // A line added before its variant got limits (or when the cart was created) is caught here.
  const outsideLimits = parentOrderId ? [] : await linesOutsideLimits(req.scope, cart.id)
  if (outsideLimits.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${outsideLimits.join("; ")}. Nothing was ordered or charged.`
    )
  }

  try {
    const groupId = await checkoutSlot(async () => {
      // Two runs, not one nested in the other: under heavy contention Medusa's orchestrator could
      // fail a nested cart completion after it had succeeded.
      // A company's checkouts complete one at a time: see withCompanyLock.
      const orderId =
        parentOrderId ??
        (
          await withCompanyLock(req.scope, cart.customer_id, () =>
            completeCartWorkflow(req.scope).run({ input: { id: cart.id } })
          )
        ).result.id
      const { result } = await splitCheckoutWorkflow(req.scope).run({ input: { cart_id: cart.id, order_id: orderId } })
      return result.order_group_id
    })
    res.status(201).json({ order_group: await retrieveOrderGroup(req.scope, groupId) })
  } catch (error) {
    const message = (error as Error).message ?? ""
    const refuse = (status: number, code: ErrorCode, type: string, text: string) =>
      void res.status(status).json({ type, code, message: text })
    // Decided from the stock itself, not from the failing step's wording, which varies with
    // where the race was lost (availability check, reservation, or the rollback after it).
    const short = await shortItems(req.scope, cart.id)
    if (short.length || OUT_OF_STOCK.test(message)) {
      const detail = short.length ? short.join("; ") : message
      return refuse(
        409,
        ERROR_CODES.insufficientInventory,
        "out_of_stock",
        `items: ${detail}. Nothing was ordered or charged.`
      )
    }
    if (NOT_AUTHORIZED.test(message)) {
      return refuse(
        400,
        ERROR_CODES.paymentNotAuthorized,
        "payment_not_authorized",
        "payment: the payment provider has not authorized this payment (a card not yet confirmed, or declined). Nothing was ordered or charged."
      )
    }
    if (NO_PAYMENT.test(message)) {
      return refuse(
        400,
        ERROR_CODES.paymentMissing,
        MedusaError.Types.INVALID_DATA,
        "payment: choose a payment method before placing the order. Nothing was ordered or charged."
      )
    }
    // Nothing was ordered (the workflow rolled back): the buyer may simply try again.
    if (LOCK_TIMEOUT.test(message)) {
      res.setHeader("Retry-After", "5")
      return refuse(
        503,
        ERROR_CODES.checkoutBusy,
        "busy",
        "cart: the shop is busy with other checkouts of these goods; try again in a few seconds"
      )
    }
    throw error
  }
}
