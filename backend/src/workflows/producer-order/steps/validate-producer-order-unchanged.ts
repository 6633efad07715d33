import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { fulfilmentStatus, FulfilmentStatus } from "../../../lib/producer-order-status"
import { ProducerOrderState } from "../../../lib/producer-order-view"

export const validateProducerOrderUnchangedStepId = "validate-producer-order-unchanged"

/**
 * Refuses (409 naming `order`) a step decided on a state that no longer holds: the owner cancels
 * what a member packed a moment ago, or two members pack at once. Read under the order's lock, so
 * of two such requests exactly one goes through and only its e-mail is sent.
 */
export const validateProducerOrderUnchangedStep = createStep(
  validateProducerOrderUnchangedStepId,
  async ({ seen, order }: { seen: FulfilmentStatus; order: ProducerOrderState }) => {
    const now = fulfilmentStatus(order)
    if (now !== seen) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `order: it was ${seen} but is now ${now} (changed by someone else meanwhile); reload it and choose again`
      )
    }
  }
)
