import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICE_REQUEST_KEY, type InvoiceRequest } from "@ocop/shared"

export const setCartInvoiceRequestStepId = "set-cart-invoice-request"

/** Sets (or, with null, withdraws) the cart's company invoice request; undone by restoring the old one. */
export const setCartInvoiceRequestStep = createStep(
  setCartInvoiceRequestStepId,
  async ({ cart_id, request }: { cart_id: string; request: InvoiceRequest | null }, { container }) => {
    const carts = container.resolve(Modules.CART)
    const cart = await carts.retrieveCart(cart_id, { select: ["id", "metadata"] })
    const metadata = (cart.metadata ?? {}) as Record<string, unknown>
    await carts.updateCarts(cart_id, { metadata: { ...metadata, [INVOICE_REQUEST_KEY]: request } })
    return new StepResponse(undefined, { cart_id, previous: metadata[INVOICE_REQUEST_KEY] ?? null })
  },
  async (saved, { container }) => {
    if (!saved) return
    const carts = container.resolve(Modules.CART)
    const cart = await carts.retrieveCart(saved.cart_id, { select: ["id", "metadata"] })
    await carts.updateCarts(saved.cart_id, {
      metadata: { ...(cart.metadata ?? {}), [INVOICE_REQUEST_KEY]: saved.previous },
    })
  }
)
