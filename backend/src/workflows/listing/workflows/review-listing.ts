import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { sendProducerEmailWorkflow } from "../../producer/workflows/send-producer-email"
import { ListingUnderReview, validateListingUnderReviewStep } from "../steps/review-validate-listing"

type ReviewedListing = ListingUnderReview & {
  title: string
  producer: { id: string; status: string; name: string; email: string }
}

/**
 * Decides a proposed listing: Medusa's own product update (so the search index hears product.updated
 * and a failure puts the product back), then the producer's owner is told.
 */
function reviewListing(input: { id: string; reason?: string }, decision: "published" | "rejected") {
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "title", "status", "producer.id", "producer.name", "producer.email", "producer.status"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  validateListingUnderReviewStep(
    transform({ products }, ({ products }) => ({ product: products[0] as ListingUnderReview, decision }))
  )
  const updated = updateProductsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      products: [
        {
          id: input.id,
          status: decision === "published" ? ProductStatus.PUBLISHED : ProductStatus.REJECTED,
          // Product metadata is merged; an empty string removes an earlier rejection's reason.
          metadata: { review_reason: decision === "rejected" ? input.reason! : "" },
        },
      ],
    })),
  })
  sendProducerEmailWorkflow.runAsStep({
    input: transform({ products, updated, input }, ({ products, updated, input }) => {
      const listing = products[0] as ReviewedListing
      const kind = decision === "published" ? ("listing_approved" as const) : ("listing_rejected" as const)
      return {
        to: listing.producer.email,
        kind,
        producer_name: listing.producer.name,
        product_title: listing.title,
        reason: input.reason ?? null,
        // A rejected listing may be edited, proposed and decided again: one e-mail per decision.
        idempotency_key: `${kind}:${input.id}:${new Date(updated[0].updated_at).toISOString()}`,
      }
    }),
  })
  return updated
}

export const approveListingWorkflowId = "approve-listing"

/** The office puts a proposed listing on sale. */
export const approveListingWorkflow = createWorkflow(approveListingWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(reviewListing(input, "published"))
})

export const rejectListingWorkflowId = "reject-listing"

/** The office turns a proposed listing down with a reason the producer reads in the portal (review_reason). */
export const rejectListingWorkflow = createWorkflow(
  rejectListingWorkflowId,
  (input: { id: string; reason: string }) => {
    return new WorkflowResponse(reviewListing(input, "rejected"))
  }
)
