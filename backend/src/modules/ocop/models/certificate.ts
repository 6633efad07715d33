import { model } from "@medusajs/framework/utils"

export const CERTIFYING_LEVELS = ["district", "province", "central"] as const

/** An OCOP certificate (giấy chứng nhận) of one product; a product keeps every certificate it had. */
export const OcopCertificate = model.define("ocop_certificate", {
  id: model.id({ prefix: "ocert" }).primaryKey(),
  certificate_number: model.text().searchable(),
  decision_number: model.text(),
  decision_date: model.dateTime().index(),
  issuing_body: model.text(),
  level: model.enum([...CERTIFYING_LEVELS]),
  regime_code: model.text(),
  programme_year: model.number(),
  score: model.number(),
  stars: model.number().index(),
  product_set: model.number().index(),
  product_group: model.text().index(),
  expires_at: model.dateTime().index(),
  revoked_at: model.dateTime().nullable(),
  revocation_reason: model.text().nullable(),
  // When the expiry notices went out, so the daily job sends each only once.
  notified_90_days_at: model.dateTime().nullable(),
  notified_30_days_at: model.dateTime().nullable(),
  notified_expired_at: model.dateTime().nullable(),
})
