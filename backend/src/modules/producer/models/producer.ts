import { model } from "@medusajs/framework/utils"
import { LEGAL_FORMS } from "@ocop/shared"
import { ProducerInvite } from "./producer-invite"
import { ProducerMember } from "./producer-member"

// pending: applied, awaiting the office; rejected: told why, may correct and re-apply.
export const PRODUCER_STATUSES = ["pending", "active", "rejected", "suspended"] as const

/** A chủ thể OCOP: the enterprise, cooperative, cooperative group or household business behind products. */
export const Producer = model.define("producer", {
  id: model.id({ prefix: "prdc" }).primaryKey(),
  name: model.text().searchable(),
  handle: model.text().unique(),
  legal_form: model.enum([...LEGAL_FORMS]),
  tax_code: model.text().unique(),
  representative: model.text(),
  women_led: model.boolean().default(false),
  ethnic_minority_led: model.boolean().default(false),
  ethnic_group: model.text().nullable(),
  in_value_chain: model.boolean().default(false),
  phone: model.text(),
  email: model.text(),
  province_code: model.text().index(),
  commune_code: model.text(),
  former_district: model.text().nullable(),
  street: model.text().nullable(),
  story_vi: model.text().nullable(),
  story_en: model.text().nullable(),
  logo_url: model.text().nullable(),
  status: model.enum([...PRODUCER_STATUSES]).default("pending"),
  status_reason: model.text().nullable(),
  // Standard delivery from this producer: a flat fee in VND, free from this subtotal (null: never free).
  shipping_fee: model.number().default(30000),
  free_shipping_threshold: model.number().nullable(),
  // A wholesale buyer's part of a cart from this producer must reach this subtotal in VND (null: no minimum).
  wholesale_min_order_value: model.number().nullable(),
  members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
  invites: model.hasMany(() => ProducerInvite, { mappedBy: "producer" }),
})
