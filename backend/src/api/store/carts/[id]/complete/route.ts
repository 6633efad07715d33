import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's own completion, overridden: it would place one unsplit order that no producer sees,
 * skipping the completion queue and the order-limit re-check. Carts complete only through
 * `POST /store/ocop/carts/:id/complete`, which splits them into producer orders.
 */
export const POST = async (req: MedusaRequest, _res: MedusaResponse) => {
  throw new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `cart: carts are completed with POST /store/ocop/carts/${req.params.id}/complete`
  )
}
