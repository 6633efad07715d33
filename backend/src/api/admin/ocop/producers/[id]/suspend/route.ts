import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProducerStatusWorkflow } from "../../../../../../workflows/producer/workflows/set-producer-status"
import { retrieveProducer } from "../route"
import { AdminSetProducerStatusType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminSetProducerStatusType>, res: MedusaResponse) => {
  await setProducerStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: "suspended", status_reason: req.validatedBody.reason ?? null },
  })
  res.json({ producer: await retrieveProducer(req, req.params.id) })
}
