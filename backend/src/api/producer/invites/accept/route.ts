import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptProducerInviteWorkflow } from "../../../../workflows/producer/workflows/accept-producer-invite"
import { signInEmail } from "../../sign-in-email"
import { AcceptProducerInviteType } from "./validators"

/** A colleague registered with the invited e-mail joins; the client then refreshes its token. */
export const POST = async (req: AuthenticatedMedusaRequest<AcceptProducerInviteType>, res: MedusaResponse) => {
  const { result: member } = await acceptProducerInviteWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      email: await signInEmail(req),
      auth_identity_id: req.auth_context.auth_identity_id,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ member: { id: member.id, email: member.email, role: member.role, name: member.name } })
}
