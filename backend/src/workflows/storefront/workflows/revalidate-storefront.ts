import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PublicCacheTag } from "@ocop/shared"
import { sendStorefrontRevalidationStep } from "../steps/send-storefront-revalidation"

export const revalidateStorefrontWorkflowId = "revalidate-storefront"

/** The storefront's cached public data under these tags is stale: it reads it afresh on its next request. */
export const revalidateStorefrontWorkflow = createWorkflow(
  revalidateStorefrontWorkflowId,
  (input: { tags: PublicCacheTag[] }) => {
    return new WorkflowResponse(sendStorefrontRevalidationStep(input))
  }
)
