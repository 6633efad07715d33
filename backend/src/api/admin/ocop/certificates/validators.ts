import { z } from "@medusajs/framework/zod"
import { provinceCode } from "../place-fields"
import { CERTIFYING_LEVELS } from "../../../../modules/ocop/models/certificate"
import { PRODUCT_GROUPS } from "../../../../modules/ocop/rules/product-sets"

// Medusa reports a custom message as it is, so each one names its field.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "decision_date must be a date (YYYY-MM-DD)")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  }, "decision_date must be a real calendar date")

const certificateFields = {
  certificate_number: z.string().trim().min(1).max(80),
  decision_number: z.string().trim().min(1).max(80),
  decision_date: isoDate,
  issuing_body: z.string().trim().min(2).max(200),
  level: z.enum(CERTIFYING_LEVELS),
  programme_year: z.number().int().min(2018).max(2100).optional(),
  score: z.number().int().min(0).max(100),
  stars: z.number().int().min(1).max(5).optional(),
  product_set: z.number().int().min(1).max(26),
}

export const AdminCreateCertificate = z.object({ product_id: z.string().min(1), ...certificateFields }).strict()
export type AdminCreateCertificateType = z.infer<typeof AdminCreateCertificate>

export const AdminUpdateCertificate = z.object(certificateFields).partial().strict()
export type AdminUpdateCertificateType = z.infer<typeof AdminUpdateCertificate>

export const AdminRevokeCertificate = z.object({ reason: z.string().trim().min(3).max(500) }).strict()
export type AdminRevokeCertificateType = z.infer<typeof AdminRevokeCertificate>

const listOf = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((value) => (typeof value === "string" ? value.split(",") : value), z.array(item))

export const AdminListCertificates = z.object({
  status: listOf(z.enum(["active", "expiring", "expired", "revoked"])).optional(),
  stars: listOf(z.coerce.number().int().min(1).max(5)).optional(),
  group: listOf(z.enum(Object.keys(PRODUCT_GROUPS) as [string, ...string[]])).optional(),
  product_set: listOf(z.coerce.number().int().min(1).max(26)).optional(),
  province_code: provinceCode.optional(),
  expiring_within: z.coerce.number().int().min(1).max(3650).optional(),
  q: z.string().trim().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListCertificatesType = z.infer<typeof AdminListCertificates>

export const certificateResponseFields = [
  "*",
  "product.id",
  "product.title",
  "product.handle",
  "product.producer.id",
  "product.producer.name",
  "product.ocop_origin.province_name",
  "product.ocop_origin.former_district",
]
