import { MedusaResponse } from "@medusajs/framework/http"
import { inviteProducerMemberWorkflow } from "../../../../workflows/producer/workflows/invite-producer-member"
import { ProducerRequest } from "../../producer-scope"
import { InviteProducerMemberType } from "../validators"

export const POST = async (req: ProducerRequest<InviteProducerMemberType>, res: MedusaResponse) => {
  const { result: invite } = await inviteProducerMemberWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, email: req.validatedBody.email },
  })
  res.status(201).json({ invite: { id: invite.id, email: invite.email, expires_at: invite.expires_at } })
}
