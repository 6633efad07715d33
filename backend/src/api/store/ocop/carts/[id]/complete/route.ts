import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCheckoutWorkflow } from "../../../../../../workflows/checkout/workflows/complete-checkout"
import { retrieveOrderGroup } from "../../../../../../lib/order-group-view"

// The inventory module's words when a reservation would take stock below zero.
const OUT_OF_STOCK = /not enough stock|insufficient|does not have the required inventory/i

/**
 * Completes the buyer's cart into an order group with one order per producer. A cart that belongs
 * to another customer is unknown here (404); a completed one answers 409, as does a buyer who lost
 * the race for the last units: nothing is ordered or charged then.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at"],
    filters: { id: req.params.id },
  })
  const customerId = req.auth_context?.actor_id
  if (!cart || (cart.customer_id && customerId && cart.customer_id !== customerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart: no cart with id ${req.params.id}`)
  }
  // Answered here: Medusa's error handler words every CONFLICT as a generic idempotency clash.
  if (cart.completed_at) {
    res.status(409).json({ type: "already_completed", message: `cart: ${cart.id} is already completed` })
    return
  }

  try {
    const { result } = await completeCheckoutWorkflow(req.scope).run({ input: { cart_id: cart.id } })
    res.status(201).json({ order_group: await retrieveOrderGroup(req.scope, result.order_group_id) })
  } catch (error) {
    const message = (error as Error).message ?? ""
    if (OUT_OF_STOCK.test(message)) {
      res.status(409).json({ type: "out_of_stock", message: `items: ${message}` })
      return
    }
    throw error
  }
}
