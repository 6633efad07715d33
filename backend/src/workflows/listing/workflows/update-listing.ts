import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { resolvePlacesStep } from "../../ocop/steps/resolve-places"
import { setProductOriginsWorkflow } from "../../ocop/workflows/set-product-origins"
import { ListingContent, ListingOriginInput, listingProductData } from "../listing-content"

export type UpdateListingInput = ListingContent & { product_id: string; origin?: ListingOriginInput }

export const updateListingWorkflowId = "update-listing"

/**
 * A producer edits a listing's content. A published listing stays on sale (the office reviews a
 * producer's first publication, not every edit); a rejected one so corrected goes back to the
 * office's queue, without the old refusal.
 */
export const updateListingWorkflow = createWorkflow(updateListingWorkflowId, (input: UpdateListingInput) => {
  when("listing-origin-given", { input }, ({ input }) => !!input.origin).then(() => {
    resolvePlacesStep(transform({ input }, ({ input }) => ({ places: [input.origin!], field_prefix: "origin." })))
  })
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "status"],
    filters: { id: input.product_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "listing-before-edit" })

  updateProductsWorkflow.runAsStep({
    input: transform({ input, products }, ({ input, products }) => {
      const rejected = products[0].status === ProductStatus.REJECTED
      return {
        products: [
          {
            id: input.product_id,
            ...listingProductData(input, rejected ? ["review_reason"] : []),
            ...(rejected ? { status: ProductStatus.PROPOSED } : {}),
          },
        ],
      }
    }),
  })

  when("listing-origin-changed", { input }, ({ input }) => !!input.origin).then(() => {
    setProductOriginsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ origins: [{ ...input.origin!, product_id: input.product_id }] })),
    })
  })
  return new WorkflowResponse(input.product_id)
})
