import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { linesOffSale } from "../../lib/lines-off-sale"

// A suspended producer's goods leave the store's sales channel; a cart filled before cannot buy them.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const offSale = await linesOffSale(container, cart as Parameters<typeof linesOffSale>[1])
  if (offSale.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: ${offSale.join(", ")} no longer on sale; remove them from the cart. Nothing was ordered or charged.`)
  }
})
