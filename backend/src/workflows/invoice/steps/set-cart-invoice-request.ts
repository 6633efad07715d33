import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_REQUEST_KEY, type InvoiceRequest } from "@ocop/shared"

export const setCartInvoiceRequestStepId = "set-cart-invoice-request"

// The cart module merges metadata key by key, and an empty string removes a key.
const metadataValue = (request: InvoiceRequest | null | undefined) => ({ [INVOICE_REQUEST_KEY]: request ?? "" })

/** Sets (or, with null, withdraws) the cart's company invoice request; undone by restoring the old one. */
export const setCartInvoiceRequestStep = createStep(
  setCartInvoiceRequestStepId,
  async ({ cart_id, request }: { cart_id: string; request: InvoiceRequest | null }, { container }) => {
    const carts = container.resolve(Modules.CART)
    const cart = await carts.retrieveCart(cart_id, { select: ["id", "metadata"] })
    const previous = (cart.metadata?.[INVOICE_REQUEST_KEY] ?? null) as InvoiceRequest | null
    await carts.updateCarts(cart_id, { metadata: metadataValue(request) })
    return new StepResponse(undefined, { cart_id, previous })
  },
  async (saved, { container }) => {
    if (!saved) return
    await container.resolve(Modules.CART).updateCarts(saved.cart_id, { metadata: metadataValue(saved.previous) })
  }
)
