import { MedusaResponse } from "@medusajs/framework/http"
import { acceptProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/accept-producer-order"
import { ProducerRequest } from "../../../producer-scope"
import { answerOrderStep } from "../../order-step"
import { ProducerOrderStepType } from "../../validators"

/** The producer accepts the order; the buyer is e-mailed. */
export const POST = async (req: ProducerRequest<ProducerOrderStepType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await answerOrderStep(req, res, () =>
    acceptProducerOrderWorkflow(req.scope).run({
      input: { ...req.validatedBody, order_id: req.params.id, producer_id },
    })
  )
}
