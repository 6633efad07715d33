import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendProducerWorkflow } from "../../../../../../workflows/producer/workflows/suspend-producer"
import { retrieveProducer } from "../route"
import { AdminProducerDecisionWithReasonType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminProducerDecisionWithReasonType>,
  res: MedusaResponse
) => {
  await suspendProducerWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ producer: await retrieveProducer(req, req.params.id) })
}
