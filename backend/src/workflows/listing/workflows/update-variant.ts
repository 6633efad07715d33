import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setProductProductOptionsWorkflow, updateProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PACKAGING_OPTION } from "../../../scripts/setup/ocop-catalogue"
import { vndPrices } from "../listing-content"
import { validateListingVariantsStep } from "../steps/validate-listing-variants"

export type UpdateVariantInput = { product_id: string; variant_id: string; title?: string; sku?: string | null; price?: number }

type ProductOption = { id: string; title: string } | null

export const updateVariantWorkflowId = "update-variant"

/** Renames a packaging (its "Quy cách" value follows), changes its SKU or its VND price (Medusa's price set update). */
export const updateVariantWorkflow = createWorkflow(updateVariantWorkflowId, (input: UpdateVariantInput) => {
  validateListingVariantsStep(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, variant_id: input.variant_id, variants: [input] }))
  )
  when("variant-renamed", { input }, ({ input }) => !!input.title).then(() => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "options.id", "options.title"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "listing-options" })
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ input, products }, ({ input, products }) => ({
        product_id: input.product_id,
        update: (products[0].options as ProductOption[])
          .filter((option) => option?.title === PACKAGING_OPTION)
          .map((option) => ({ product_option_id: option!.id, add: [{ value: input.title! }] })),
      })),
    })
  })
  const variants = updateProductVariantsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      product_variants: [
        {
          id: input.variant_id,
          ...(input.title ? { title: input.title, options: { [PACKAGING_OPTION]: input.title } } : {}),
          ...(input.sku !== undefined ? { sku: input.sku } : {}),
          ...(input.price !== undefined ? { prices: vndPrices(input.price) } : {}),
        },
      ],
    })),
  })
  return new WorkflowResponse(variants)
})
