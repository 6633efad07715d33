import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVALIDATION_SIGNATURE_HEADER, type PublicCacheTag } from "@ocop/shared"
import { revalidationTarget, signatureOf } from "../../../lib/storefront-revalidation"

// The storefront drops a tag in a few milliseconds; one that takes longer is not waited for.
const TIMEOUT_MS = 2_000

export const sendStorefrontRevalidationStepId = "send-storefront-revalidation"

/**
 * Asks the storefront to drop what it cached under `tags`. A storefront that is down or slow fails
 * nothing: the call is logged, and its cache is only as old as the last change it heard of. Nothing
 * to compensate: dropping a cache entry cannot be undone, nor needs to be.
 */
export const sendStorefrontRevalidationStep = createStep(
  sendStorefrontRevalidationStepId,
  async (input: { tags: PublicCacheTag[] }, { container }) => {
    const target = revalidationTarget()
    if (!target || !input.tags.length) return new StepResponse(false)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const body = JSON.stringify({ tags: input.tags })
    try {
      const answer = await fetch(target.url, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/json",
          [REVALIDATION_SIGNATURE_HEADER]: signatureOf(body, target.secret),
        },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      if (!answer.ok) logger.warn(`Storefront revalidation of ${input.tags.join(", ")} answered ${answer.status}`)
      return new StepResponse(answer.ok)
    } catch (error) {
      logger.warn(`Storefront revalidation of ${input.tags.join(", ")} failed: ${(error as Error).message}`)
      return new StepResponse(false)
    }
  }
)
