import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addBulkLinesWorkflow } from "../../../../../workflows/bulk-order/workflows/add-bulk-lines"
import type { StoreCartChoice } from "../../../wholesale/bulk-order-validators"

/**
 * Adds a past order's lines to the cart with an upload's checks (a wholesale buyer's minimums and
 * case packs included), and answers as an upload does. Only the caller's own order: any other is a 404.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCartChoice>, res: MedusaResponse) => {
  const {
    data: [order],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    // An order line's quantity is read with the whole line ("items.quantity" alone comes back without it).
    fields: ["id", "customer_id", "items.*"],
    filters: { id: req.params.id, is_draft_order: false },
  })
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `order: no order with id ${req.params.id}`)
  }
  const rows = (order.items ?? []).flatMap((item, i) =>
    item?.variant_id ? [{ row: i + 1, variant_id: item.variant_id, quantity: Number(item.quantity) }] : []
  )
  const { result } = await addBulkLinesWorkflow(req.scope).run({
    input: { cart_id: req.validatedBody.cart_id, customer_id: req.auth_context.actor_id, rows },
  })
  res.json(result)
}
