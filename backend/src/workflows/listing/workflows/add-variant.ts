import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryLevelsWorkflow,
  createProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { ListingVariantInput, PACKAGING_OPTION, vndPrices } from "../listing-content"
import { findProducerStockLocationStep } from "../steps/find-producer-stock-location"
import { validateListingVariantsStep } from "../steps/validate-listing-variants"
import { addPackagingValueWorkflow } from "./add-packaging-value"

export type AddVariantInput = ListingVariantInput & { producer_id: string; product_id: string }

export const addVariantWorkflowId = "add-variant"

/** A new packaging of a listing: a value of its "Quy cách" option, a VND price and stock at the producer's location. */
export const addVariantWorkflow = createWorkflow(addVariantWorkflowId, (input: AddVariantInput) => {
  const locationId = findProducerStockLocationStep(input.producer_id)
  validateListingVariantsStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, variants: [input] }))
  )
  addPackagingValueWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ product_id: input.product_id, value: input.title })),
  })
  const variants = createProductVariantsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      product_variants: [
        {
          product_id: input.product_id,
          title: input.title,
          sku: input.sku ?? undefined,
          manage_inventory: true,
          options: { [PACKAGING_OPTION]: input.title },
          prices: vndPrices(input.price),
        },
      ],
    })),
  })
  const variantId = transform({ variants }, ({ variants }) => variants[0].id)

  const { data: items } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variantId },
  }).config({ name: "variant-inventory-items" })
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ input, items, locationId }, ({ input, items, locationId }) => ({
      inventory_levels: ((items[0].inventory_items ?? []) as { inventory_item_id: string }[]).map((item) => ({
        location_id: locationId,
        inventory_item_id: item!.inventory_item_id,
        stocked_quantity: input.stock,
      })),
    })),
  })
  return new WorkflowResponse(variantId)
})
