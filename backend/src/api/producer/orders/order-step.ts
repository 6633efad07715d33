import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrieveProducerOrder } from "../../../lib/producer-order-view"
import { ProducerRequest } from "../producer-scope"

/**
 * Runs one fulfilment step's workflow and answers with the order as it now is. An order that
 * changed under the producer answers 409 with the workflow's message (`order: …`, code
 * `order_changed`): Medusa's error handler would replace it with a generic idempotency message.
 */
export async function answerOrderStep(req: ProducerRequest, res: MedusaResponse, step: () => Promise<unknown>) {
  try {
    await step()
  } catch (error) {
    const { type, message } = error as { type?: string; message?: string }
    if (type !== MedusaError.Types.CONFLICT) throw error
    res.status(409).json({ type: "conflict", code: "order_changed", message })
    return
  }
  res.json({ order: await retrieveProducerOrder(req.scope, req.params.id) })
}
