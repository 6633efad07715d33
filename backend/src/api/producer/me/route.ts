import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateProducerWorkflow } from "../../../workflows/producer/workflows/update-producer"
import { ownProducerFields } from "../applications/validators"
import { ProducerRequest } from "../producer-scope"
import { UpdateOwnProducerType } from "./validators"

export async function retrieveOwnProducer(req: ProducerRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({ entity: "producer", fields: ownProducerFields, filters: { id: req.producer.producer_id } })
  const {
    data: [member],
  } = await query.graph({
    entity: "producer_member",
    fields: ["id", "email", "name", "role"],
    filters: { id: req.producer.member_id },
  })
  return { producer, member }
}

/** Who is signed in, and its producer (with the office's status and reason). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json(await retrieveOwnProducer(req))
}

// Once approved, the legal identity is the office's to change.
const FIXED_ONCE_APPROVED = ["tax_code", "legal_form", "name"] as const

/** The owner corrects its details; a rejected application so corrected goes back to the office. */
export const POST = async (req: ProducerRequest<UpdateOwnProducerType>, res: MedusaResponse) => {
  const changes = req.validatedBody
  const fixed = FIXED_ONCE_APPROVED.find((field) => changes[field] !== undefined)
  if (fixed && req.producer.status === "active") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${fixed}: set by the OCOP office once a producer is approved; ask the office to change it`
    )
  }
  const resubmit = req.producer.status === "rejected" ? { status: "pending", status_reason: null } : {}
  await updateProducerWorkflow(req.scope).run({ input: { id: req.producer.producer_id, ...changes, ...resubmit } })
  res.json(await retrieveOwnProducer(req))
}
