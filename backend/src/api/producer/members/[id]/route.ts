import { MedusaResponse } from "@medusajs/framework/http"
import { removeProducerMemberWorkflow } from "../../../../workflows/producer/workflows/remove-producer-member"
import { ProducerRequest } from "../../producer-scope"

export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  await removeProducerMemberWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, member_id: req.params.id },
  })
  res.json({ id: req.params.id, object: "producer_member", deleted: true })
}
