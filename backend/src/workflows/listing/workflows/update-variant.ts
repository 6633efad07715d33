import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateProductOptionValuesOnProductStep,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PACKAGING_OPTION, vndPrices } from "../listing-content"
import { validateListingVariantsStep } from "../steps/validate-listing-variants"
import { addPackagingValueWorkflow } from "./add-packaging-value"

export type UpdateVariantInput = {
  product_id: string
  variant_id: string
  title?: string
  sku?: string | null
  price?: number
}

type VariantOptionValue = { id: string; value: string; option_id: string } | null

export const updateVariantWorkflowId = "update-variant"

/** Renames a packaging (its "Quy cách" value follows), changes its SKU or its VND price (Medusa's price set update). */
export const updateVariantWorkflow = createWorkflow(updateVariantWorkflowId, (input: UpdateVariantInput) => {
  validateListingVariantsStep(
    transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      variant_id: input.variant_id,
      variants: [input],
    }))
  )
  const { data: before } = useQueryGraphStep({
    entity: "product_variant",
    fields: ["id", "options.id", "options.value", "options.option_id"],
    filters: { id: input.variant_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "variant-before-edit" })
  when("variant-renamed", { input }, ({ input }) => !!input.title).then(() => {
    addPackagingValueWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ product_id: input.product_id, value: input.title! })),
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
  // The old packaging name leaves the product's option once no variant carries it.
  when("variant-renamed-old-value", { input }, ({ input }) => !!input.title).then(() => {
    updateProductOptionValuesOnProductStep(
      transform({ input, before }, ({ input, before }) =>
        ((before[0].options ?? []) as VariantOptionValue[])
          .filter((value) => value && value.value !== input.title)
          .map((value) => ({ product_id: input.product_id, product_option_id: value!.option_id, remove: [value!.id] }))
      )
    )
  })
  return new WorkflowResponse(variants)
})
