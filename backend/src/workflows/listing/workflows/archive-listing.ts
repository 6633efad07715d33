import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"

export const archiveListingWorkflowId = "archive-listing"

/** Takes a listing off sale for good (Medusa `draft`), noting when, so the portal lists it apart. */
export const archiveListingWorkflow = createWorkflow(archiveListingWorkflowId, (input: { product_id: string }) => {
  updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      products: [
        {
          id: input.product_id,
          status: ProductStatus.DRAFT,
          // Medusa merges metadata: the listing's other keys stay.
          metadata: { archived_at: new Date().toISOString() },
        },
      ],
    })),
  })
  return new WorkflowResponse(input.product_id)
})
