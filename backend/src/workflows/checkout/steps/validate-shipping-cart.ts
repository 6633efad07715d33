import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateShippingCartStepId = "validate-shipping-cart"

/** An unknown cart is the caller's mistake, named by the field it came in (404, not Medusa's generic words). */
export const validateShippingCartStep = createStep(
  validateShippingCartStepId,
  async (input: { cart_id: string; found: boolean }) => {
    if (!input.found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: no cart with id ${input.cart_id}`)
  }
)
