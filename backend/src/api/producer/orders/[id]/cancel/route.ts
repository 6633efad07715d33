import { MedusaResponse } from "@medusajs/framework/http"
import { cancelProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/cancel-producer-order"
import { ProducerRequest } from "../../../producer-scope"
import { answerOrderStep } from "../../order-step"
import { CancelProducerOrderType } from "../../validators"

/** The producer cannot fulfil the order: it is cancelled, restocked and what was paid for it refunded. */
export const POST = async (req: ProducerRequest<CancelProducerOrderType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await answerOrderStep(req, res, () =>
    cancelProducerOrderWorkflow(req.scope).run({
      input: { ...req.validatedBody, order_id: req.params.id, producer_id },
    })
  )
}
