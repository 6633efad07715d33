import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

export const MEMBER_ROLES = ["owner", "member"] as const

/** A person who signs in to the producer portal (Medusa auth actor type `producer`) for one producer. */
export const ProducerMember = model.define("producer_member", {
  id: model.id({ prefix: "prmb" }).primaryKey(),
  email: model.text().unique(),
  name: model.text().nullable(),
  role: model.enum([...MEMBER_ROLES]).default("member"),
  producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
})
