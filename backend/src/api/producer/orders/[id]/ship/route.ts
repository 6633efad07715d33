import { MedusaResponse } from "@medusajs/framework/http"
import { shipProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/ship-producer-order"
import { ProducerRequest } from "../../../producer-scope"
import { answerOrderStep } from "../../order-step"
import { ShipProducerOrderType } from "../../validators"

/** The packed parcel goes to a carrier with a tracking number; the buyer is e-mailed. */
export const POST = async (req: ProducerRequest<ShipProducerOrderType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await answerOrderStep(req, res, () =>
    shipProducerOrderWorkflow(req.scope).run({ input: { ...req.validatedBody, order_id: req.params.id, producer_id } })
  )
}
