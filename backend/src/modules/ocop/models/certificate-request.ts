import { model } from "@medusajs/framework/utils"

export const CERTIFICATE_REQUEST_STATUSES = ["pending", "approved", "rejected"] as const

/**
 * A producer's scan of a product's OCOP certificate, sent for the office to record. Product and
 * producer are ids (modules do not link inside a request the office has not accepted yet).
 */
export const OcopCertificateRequest = model.define("ocop_certificate_request", {
  id: model.id({ prefix: "ocreq" }).primaryKey(),
  product_id: model.text().index(),
  producer_id: model.text().index(),
  // The file module's key of the private scan; it is read only through the signed-in download routes.
  file_key: model.text(),
  file_name: model.text(),
  mime_type: model.text(),
  note: model.text().nullable(),
  status: model.enum([...CERTIFICATE_REQUEST_STATUSES]).default("pending"),
  // Why the office turned the scan down.
  reason: model.text().nullable(),
  reviewed_at: model.dateTime().nullable(),
  // The certificate recorded from this scan.
  certificate_id: model.text().nullable(),
})
