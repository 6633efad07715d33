import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/** The owner's invitation of a colleague, by e-mail; the token in the link is accepted once. */
export const ProducerInvite = model.define("producer_invite", {
  id: model.id({ prefix: "prinv" }).primaryKey(),
  email: model.text(),
  token: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  producer: model.belongsTo(() => Producer, { mappedBy: "invites" }),
})
