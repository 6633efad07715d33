import { model } from "@medusajs/framework/utils"
import { PARTICIPANT_KINDS } from "@ocop/shared"
import { Experience } from "./experience"

/** Adult, child (with an age range), a homestay's room or a private group: one variant of the experience's product each. */
export const ParticipantType = model.define("experience_participant_type", {
  id: model.id({ prefix: "exptype" }).primaryKey(),
  kind: model.enum([...PARTICIPANT_KINDS]),
  name_vi: model.text(),
  name_en: model.text().nullable(),
  min_age: model.number().nullable(),
  max_age: model.number().nullable(),
  needs_adult: model.boolean().default(false),
  // Places one participant of this type takes in a session.
  seats: model.number().default(1),
  variant_id: model.text().unique(),
  experience: model.belongsTo(() => Experience, { mappedBy: "participant_types" }),
})
