import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkBody, onPost } from "../../check-body"
import { CartAddress, shippingAddressProblems } from "../../../lib/delivery-address"
import { checkPlaceCodes } from "../../../lib/place-codes"
import { StoreCustomerAddress, StoreCustomerDetails } from "./validators"

/** A saved address is one the buyer will deliver to: it needs what a delivery needs, in a commune of its province. */
async function checkDeliverableAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const address = req.body as CartAddress & { metadata?: Record<string, string> }
    const problems = shippingAddressProblems(address, { delivered: true, field: "" })
    if (problems.length) return next(new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; ")))
    await checkPlaceCodes(req.scope, address?.metadata, "metadata")
    next()
  } catch (error) {
    next(error)
  }
}

// Global (no `method`), so they run before Medusa's own validators of these routes: a customer's
// phone is Vietnamese and a saved address is one a courier can deliver to, as at checkout.
export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers", middlewares: [onPost(checkBody(StoreCustomerDetails))] },
  { matcher: "/store/customers/me", middlewares: [onPost(checkBody(StoreCustomerDetails))] },
  { matcher: "/store/customers/me/addresses", middlewares: [onPost(checkBody(StoreCustomerAddress), checkDeliverableAddress)] },
  { matcher: "/store/customers/me/addresses/:address_id", middlewares: [onPost(checkBody(StoreCustomerAddress), checkDeliverableAddress)] },
]
