import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { checkBody, onPost } from "../../check-body"
import { checkPlaceCodes } from "../../../lib/place-codes"
import { StoreCustomerAddress, StoreCustomerDetails } from "./validators"

async function checkAddressPlaces(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await checkPlaceCodes(req.scope, (req.body as { metadata?: Record<string, string> } | undefined)?.metadata, "metadata")
    next()
  } catch (error) {
    next(error)
  }
}

// Global (no `method`), so they run before Medusa's own validators of these routes: a customer's
// phone is Vietnamese and a saved address's commune is in its province, as at checkout.
export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers", middlewares: [onPost(checkBody(StoreCustomerDetails))] },
  { matcher: "/store/customers/me", middlewares: [onPost(checkBody(StoreCustomerDetails))] },
  { matcher: "/store/customers/me/addresses", middlewares: [onPost(checkBody(StoreCustomerAddress), checkAddressPlaces)] },
  { matcher: "/store/customers/me/addresses/:address_id", middlewares: [onPost(checkBody(StoreCustomerAddress), checkAddressPlaces)] },
]
