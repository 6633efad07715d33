import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { checkPlaceCodes } from "../../../lib/place-codes"
import { checkBody, onPost } from "../../check-body"
import { checkLineAvailability } from "./line-availability"
import { StoreAddLineItem, StoreCartContact, StoreUpdateLineItem } from "./validators"

/** A commune must belong to the province it is sent with. */
async function checkPlaces(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    for (const key of ["shipping_address", "billing_address"] as const) {
      await checkPlaceCodes(req.scope, (req.body as Record<string, any>)?.[key]?.metadata, `${key}.metadata`)
    }
    next()
  } catch (error) {
    next(error)
  }
}

async function checkStock(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await checkLineAvailability(req.scope, {
      cart_id: req.params.id,
      line_id: req.params.line_id,
      variant_id: (req.body as { variant_id?: string }).variant_id,
      quantity: (req.body as { quantity: number }).quantity,
    })
    next()
  } catch (error) {
    next(error)
  }
}

// Without `method` these are global middlewares, which Medusa runs before the core routes' own
// validators; so the buyer hears about the field first, in our words.
export const storeCartMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/line-items", middlewares: [onPost(checkBody(StoreAddLineItem), checkStock)] },
  { matcher: "/store/carts/:id/line-items/:line_id", middlewares: [onPost(checkBody(StoreUpdateLineItem), checkStock)] },
  { matcher: "/store/carts/:id", middlewares: [onPost(checkBody(StoreCartContact), checkPlaces)] },
]
