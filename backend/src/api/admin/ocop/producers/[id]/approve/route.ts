import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveProducerWorkflow } from "../../../../../../workflows/producer/workflows/approve-producer"
import { retrieveProducer } from "../route"
import { AdminSetProducerStatusType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminSetProducerStatusType>, res: MedusaResponse) => {
  await approveProducerWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason ?? null },
  })
  res.json({ producer: await retrieveProducer(req, req.params.id) })
}
