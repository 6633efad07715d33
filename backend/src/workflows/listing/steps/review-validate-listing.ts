import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ListingUnderReview = { id: string; status: string; producer?: { id: string; status: string } | null }

export const validateListingUnderReviewStepId = "validate-listing-under-review"

/**
 * A listing is a product a producer proposed: one without a producer is not a listing (404), and only
 * a proposed one is waiting for the office's decision (a published or rejected one was decided).
 * Nothing goes on sale from a producer that may not sell (suspended).
 */
export const validateListingUnderReviewStep = createStep(
  validateListingUnderReviewStepId,
  async (input: { product: ListingUnderReview; decision: "published" | "rejected" }) => {
    const { product, decision } = input
    if (!product.producer)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `listing: no listing with id ${product.id}`)
    if (product.status !== "proposed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: the listing is ${product.status}; only a proposed listing can be reviewed`
      )
    }
    if (decision === "published" && product.producer.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `producer: the producer is ${product.producer.status}; only an active producer's listing can go on sale`
      )
    }
    return new StepResponse(undefined)
  }
)
