import { z } from "@medusajs/framework/zod"

// The text fields sent beside the scan in the same multipart form.
export const CreateCertificateRequest = z
  .object({ note: z.string().trim().max(1000, "note must have at most 1000 characters").optional() })
  .strict()
export type CreateCertificateRequestType = z.infer<typeof CreateCertificateRequest>

export const ownCertificateRequestFields = [
  "id",
  "product_id",
  "file_name",
  "mime_type",
  "note",
  "status",
  "reason",
  "created_at",
]
