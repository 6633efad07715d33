import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { handleOf } from "@ocop/shared"
import { signInEmail } from "../sign-in-email"
import { applyAsProducerWorkflow } from "../../../workflows/producer/workflows/apply-as-producer"
import { ownProducerFields, ProducerApplicationType } from "./validators"

/** A new producer applies: 201 with the pending producer; the client then refreshes its token. */
export const POST = async (req: AuthenticatedMedusaRequest<ProducerApplicationType>, res: MedusaResponse) => {
  const application = req.validatedBody
  const { result } = await applyAsProducerWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      actor_id: req.auth_context.actor_id,
      email: await signInEmail(req),
      // The tax code is unique, so the handle is too.
      application: { ...application, handle: `${handleOf(application.name)}-${application.tax_code}` },
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({ entity: "producer", fields: ownProducerFields, filters: { id: result.producer.id } })
  res
    .status(201)
    .json({ producer, member: { id: result.member.id, email: result.member.email, role: result.member.role } })
}
