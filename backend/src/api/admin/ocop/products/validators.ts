import { z } from "@medusajs/framework/zod"
import { provinceCode, communeCode } from "../place-fields"

export const AdminSetProductProducer = z.object({ producer_id: z.string().min(1) }).strict()
export type AdminSetProductProducerType = z.infer<typeof AdminSetProductProducer>

export const AdminSetProductOrigin = z
  .object({
    province_code: provinceCode,
    commune_code: communeCode,
    former_district: z.string().trim().min(2).nullish(),
    growing_area_code: z
      .string()
      .trim()
      .max(40)
      .regex(/^[A-Za-z0-9.\-_/]+$/, "growing_area_code takes letters, digits and . - _ / only")
      .nullish(),
    traceability_code: z
      .string()
      .regex(
        /^[a-z0-9](?:[a-z0-9-]{2,62})[a-z0-9]$/,
        "traceability_code must be 4–64 lowercase letters, digits or hyphens"
      )
      .optional(),
  })
  .strict()
export type AdminSetProductOriginType = z.infer<typeof AdminSetProductOrigin>

/** Everything the OCOP widget shows for a product: producer, certificate history (with status), origin. */
export const productOcopFields = [
  "id",
  "title",
  "producer.id",
  "producer.name",
  "producer.handle",
  "producer.legal_form",
  "producer.status",
  "ocop_certificates.*",
  "ocop_origin.*",
]
