import { MedusaResponse } from "@medusajs/framework/http"
import { withdrawProducerInviteWorkflow } from "../../../../../workflows/producer/workflows/withdraw-producer-invite"
import { ProducerRequest } from "../../../producer-scope"

export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  await withdrawProducerInviteWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, invite_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "producer_invite", deleted: true })
}
