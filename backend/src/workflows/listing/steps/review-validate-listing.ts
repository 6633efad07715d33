import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ListingUnderReview = { id: string; status: string; producer?: { id: string } | null }

export const validateListingUnderReviewStepId = "validate-listing-under-review"

/**
 * A listing is a product a producer proposed: one without a producer is not a listing (404), and only
 * a proposed one is waiting for the office's decision (a published or rejected one was decided).
 */
export const validateListingUnderReviewStep = createStep(validateListingUnderReviewStepId, async (product: ListingUnderReview) => {
  if (!product.producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `listing: no listing with id ${product.id}`)
  if (product.status !== "proposed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the listing is ${product.status}; only a proposed listing can be reviewed`)
  }
  return new StepResponse(undefined)
})
