import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "../../../lib/error-codes"

export const validatePurchaseListLinesStepId = "validate-purchase-list-lines"

type CartLines = {
  id: string
  completed_at?: unknown
  items?: ({ variant_id?: string | null; quantity: unknown } | null)[]
}

/** A list saves a cart's product lines, one per variant (quantities of a variant's lines summed); an empty cart saves none. */
export const validatePurchaseListLinesStep = createStep(validatePurchaseListLinesStepId, async (cart: CartLines) => {
  const quantities = new Map<string, number>()
  for (const item of cart.items ?? []) {
    if (item?.variant_id)
      quantities.set(item.variant_id, (quantities.get(item.variant_id) ?? 0) + Number(item.quantity))
  }
  if (!quantities.size) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `cart_id: cart ${cart.id} has no products to save as a list`,
      ERROR_CODES.purchaseListEmpty
    )
  }
  return new StepResponse([...quantities].map(([variant_id, quantity]) => ({ variant_id, quantity })))
})
