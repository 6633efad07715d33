import { MedusaResponse } from "@medusajs/framework/http"
import { packProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/pack-producer-order"
import { ProducerRequest } from "../../../producer-scope"
import { answerOrderStep } from "../../order-step"
import { ProducerOrderStepType } from "../../validators"

/** The producer packs the whole order at its stock location (a bank transfer must have arrived); the buyer is e-mailed. */
export const POST = async (req: ProducerRequest<ProducerOrderStepType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await answerOrderStep(req, res, () =>
    packProducerOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, order_id: req.params.id, producer_id } })
  )
}
