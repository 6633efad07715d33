import { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ProducerRequest } from "../producer-scope"

/** The producer's members and its invitations not accepted yet. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const producer_id = req.producer.producer_id
  const { data: members } = await query.graph({
    entity: "producer_member",
    fields: ["id", "email", "name", "role", "created_at"],
    filters: { producer_id },
    pagination: { order: { created_at: "ASC" } },
  })
  const { data: invites } = await query.graph({
    entity: "producer_invite",
    fields: ["id", "email", "expires_at", "created_at"],
    filters: { producer_id, accepted_at: null },
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({ members, invites })
}
