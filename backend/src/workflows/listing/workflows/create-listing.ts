import crypto from "node:crypto"
import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, createProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { handleOf } from "@ocop/shared"
import { resolvePlacesStep } from "../../ocop/steps/resolve-places"
import { setProductOriginsWorkflow } from "../../ocop/workflows/set-product-origins"
import { setProductsProducerWorkflow } from "../../producer/workflows/set-products-producer"
import {
  ListingContent,
  ListingOriginInput,
  listingProductData,
  ListingVariantInput,
  PACKAGING_OPTION,
  vndPrices,
} from "../listing-content"
import { findProducerStockLocationStep } from "../steps/find-producer-stock-location"
import { validateListingVariantsStep } from "../steps/validate-listing-variants"

export type CreateListingInput = ListingContent & {
  producer_id: string
  title: string
  product_set: number
  variants: ListingVariantInput[]
  origin?: ListingOriginInput
}

export const createListingWorkflowId = "create-listing"

/**
 * A producer's new listing: a Medusa product in the office's review queue (`proposed`), sold
 * through the store's channel, one variant per packaging with its VND price, stocked at the
 * producer's own location, carrying the producer's shipping profile and, when given, its origin.
 */
export const createListingWorkflow = createWorkflow(createListingWorkflowId, (input: CreateListingInput) => {
  const locationId = findProducerStockLocationStep(input.producer_id)
  validateListingVariantsStep(
    transform({ input }, ({ input }) => ({
      variants: input.variants,
      prefixes: input.variants.map((_, i) => `variants.${i}.`),
    }))
  )
  when("listing-origin-given", { input }, ({ input }) => !!input.origin).then(() => {
    resolvePlacesStep(transform({ input }, ({ input }) => ({ places: [input.origin!], field_prefix: "origin." })))
  })
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] }).config({
    name: "listing-store",
  })

  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, stores }, ({ input, stores }) => ({
      products: [
        {
          ...listingProductData(input),
          title: input.title,
          // ASCII like the catalogue's ("che-shan-tuyet-…"); two cooperatives may both sell
          // "Chè shan tuyết", so the handle carries a short random tail.
          handle: `${handleOf(input.title)}-${crypto.randomBytes(3).toString("hex")}`,
          status: ProductStatus.PROPOSED,
          sales_channels: [{ id: stores[0].default_sales_channel_id as string }],
          options: [{ title: PACKAGING_OPTION, values: input.variants.map((v) => v.title) }],
          variants: input.variants.map((variant, i) => ({
            title: variant.title,
            // Created together, the variants share a created_at: the rank keeps the producer's order.
            variant_rank: i,
            sku: variant.sku ?? undefined,
            manage_inventory: true,
            options: { [PACKAGING_OPTION]: variant.title },
            prices: vndPrices(variant.price),
          })),
        },
      ],
    })),
  })
  const productId = transform({ products }, ({ products }) => products[0].id)

  setProductsProducerWorkflow.runAsStep({
    input: transform({ input, productId }, ({ input, productId }) => ({
      producer_id: input.producer_id,
      product_ids: [productId],
    })),
  })

  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["title", "inventory_items.inventory_item_id"],
    filters: { product_id: productId },
  }).config({ name: "listing-inventory-items" })
  createInventoryLevelsWorkflow.runAsStep({
    input: transform({ input, variants, locationId }, ({ input, variants, locationId }) => ({
      inventory_levels: variants.flatMap((variant) =>
        ((variant.inventory_items ?? []) as { inventory_item_id: string }[]).map((item) => ({
          location_id: locationId,
          inventory_item_id: item!.inventory_item_id,
          stocked_quantity: input.variants.find((v) => v.title === variant.title)!.stock,
        }))
      ),
    })),
  })

  when("listing-origin-set", { input }, ({ input }) => !!input.origin).then(() => {
    setProductOriginsWorkflow.runAsStep({
      input: transform({ input, productId }, ({ input, productId }) => ({
        origins: [{ ...input.origin!, product_id: productId }],
      })),
    })
  })
  return new WorkflowResponse(productId)
})
