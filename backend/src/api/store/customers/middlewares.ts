import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { onPost, validateBody } from "../../validate-request"
import { CartAddress, shippingAddressProblems } from "../../../lib/delivery-address"
import { ERROR_CODES } from "../../../lib/error-codes"
import { checkPlaceCodes } from "../../../lib/place-codes"
import { StoreCustomerAddress, StoreCustomerDetails } from "./validators"

type SavedAddress = CartAddress & { metadata?: Record<string, string> | null }

/**
 * The address as it will be saved: the body alone for a new one; for a change (partial, as in
 * Medusa) the body over the customer's own address. Another customer's address is left to Medusa,
 * which answers 404 for it.
 */
async function addressToSave(req: MedusaRequest): Promise<SavedAddress | undefined> {
  const body = req.body as SavedAddress
  const addressId = req.params.address_id
  if (!addressId) return body
  const customerId = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  if (!customerId) return undefined
  const [saved] = await req.scope
    .resolve(Modules.CUSTOMER)
    .listCustomerAddresses({ id: addressId, customer_id: customerId })
  if (!saved) return undefined
  return {
    ...(saved as SavedAddress),
    ...body,
    metadata: body.metadata ?? (saved.metadata as SavedAddress["metadata"]),
  }
}

/** A saved address is one the buyer will deliver to: it needs what a delivery needs, in a commune of its province. */
async function checkDeliverableAddress(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const address = await addressToSave(req)
    if (!address) return next()
    const problems = shippingAddressProblems(address, { delivered: true, field: "" })
    if (problems.length)
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "), ERROR_CODES.addressIncomplete))
    await checkPlaceCodes(req.scope, address.metadata ?? undefined, "metadata")
    next()
  } catch (error) {
    next(error)
  }
}

// Global (no `method`), so they run before Medusa's own validators of these routes: a customer's
// phone is Vietnamese and a saved address is one a courier can deliver to, as at checkout.
export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers", middlewares: [onPost(validateBody(StoreCustomerDetails))] },
  { matcher: "/store/customers/me", middlewares: [onPost(validateBody(StoreCustomerDetails))] },
  {
    matcher: "/store/customers/me/addresses",
    middlewares: [onPost(validateBody(StoreCustomerAddress), checkDeliverableAddress)],
  },
  {
    matcher: "/store/customers/me/addresses/:address_id",
    middlewares: [onPost(validateBody(StoreCustomerAddress), checkDeliverableAddress)],
  },
]
