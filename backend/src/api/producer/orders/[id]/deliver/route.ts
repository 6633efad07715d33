import { MedusaResponse } from "@medusajs/framework/http"
import { deliverProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/deliver-producer-order"
import { ProducerRequest } from "../../../producer-scope"
import { answerOrderStep } from "../../order-step"
import { ProducerOrderStepType } from "../../validators"

/** The parcel reached the buyer; cash on delivery is captured for this order. */
export const POST = async (req: ProducerRequest<ProducerOrderStepType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await answerOrderStep(req, res, () =>
    deliverProducerOrderWorkflow(req.scope).run({
      input: { ...req.validatedBody, order_id: req.params.id, producer_id },
    })
  )
}
