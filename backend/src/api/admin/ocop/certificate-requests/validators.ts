import { z } from "@medusajs/framework/zod"
import { requiredReason } from "../reason-field"
import { CERTIFICATE_REQUEST_STATUSES } from "../../../../modules/ocop/models/certificate-request"
import { AdminCreateCertificate } from "../certificates/validators"

export const AdminListCertificateRequests = z.object({
  status: z
    .enum(CERTIFICATE_REQUEST_STATUSES, { error: `status must be one of ${CERTIFICATE_REQUEST_STATUSES.join(", ")}` })
    .default("pending"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListCertificateRequestsType = z.infer<typeof AdminListCertificateRequests>

// The certificate read on the scan; its product is the request's.
export const AdminApproveCertificateRequest = AdminCreateCertificate.omit({ product_id: true }).strict()
export type AdminApproveCertificateRequestType = z.infer<typeof AdminApproveCertificateRequest>

export const AdminRejectCertificateRequest = z
  .object({
    reason: requiredReason,
  })
  .strict()
export type AdminRejectCertificateRequestType = z.infer<typeof AdminRejectCertificateRequest>

export const certificateRequestFields = [
  "id",
  "product_id",
  "producer_id",
  "file_name",
  "mime_type",
  "note",
  "status",
  "reason",
  "reviewed_at",
  "certificate_id",
  "created_at",
  "updated_at",
]
