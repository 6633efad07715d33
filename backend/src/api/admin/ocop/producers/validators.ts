import { z } from "@medusajs/framework/zod"
import { LEGAL_FORMS } from "@ocop/shared"
import { requiredReason } from "../reason-field"
import { provinceCode, communeCode } from "../place-fields"
import { PRODUCER_STATUSES } from "../../../../modules/producer/models/producer"

// Medusa reports a custom message as it is, so each one names its field.
const vnd = (field: string) =>
  z
    .number({ error: `${field} must be a whole number of VND, 0 or more` })
    .int(`${field} must be a whole number of VND, 0 or more`)
    .min(0, `${field} must be a whole number of VND, 0 or more`)
const handle = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle must be lowercase letters, digits and hyphens")

export const AdminCreateProducer = z
  .object({
    name: z.string().trim().min(2).max(200),
    handle,
    legal_form: z.enum(LEGAL_FORMS),
    tax_code: z.string().trim(),
    representative: z.string().trim().min(2).max(120),
    women_led: z.boolean().default(false),
    ethnic_minority_led: z.boolean().default(false),
    ethnic_group: z.string().trim().min(2).max(60).nullish(),
    in_value_chain: z.boolean().default(false),
    phone: z.string().trim(),
    email: z.string().trim().email(),
    province_code: provinceCode,
    commune_code: communeCode,
    former_district: z.string().trim().min(2).nullish(),
    street: z.string().trim().max(200).nullish(),
    story_vi: z.string().max(5000).nullish(),
    story_en: z.string().max(5000).nullish(),
    logo_url: z.string().url().nullish(),
    shipping_fee: vnd("shipping_fee").optional(),
    // null: standard delivery is never free.
    free_shipping_threshold: vnd("free_shipping_threshold").nullable().optional(),
  })
  .strict()
export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>

export const AdminUpdateProducer = AdminCreateProducer.partial().strict()
export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>

export const AdminSetProducerStatus = z.object({ reason: z.string().trim().min(3).max(500).optional() }).strict()
export type AdminSetProducerStatusType = z.infer<typeof AdminSetProducerStatus>

export const AdminProducerDecisionWithReason = z.object({ reason: requiredReason }).strict()
export type AdminProducerDecisionWithReasonType = z.infer<typeof AdminProducerDecisionWithReason>

export const AdminListProducers = z.object({
  q: z.string().trim().optional(),
  status: z.enum(PRODUCER_STATUSES).optional(),
  province_code: provinceCode.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListProducersType = z.infer<typeof AdminListProducers>

export const producerFields = [
  "id",
  "name",
  "handle",
  "legal_form",
  "tax_code",
  "representative",
  "women_led",
  "ethnic_minority_led",
  "ethnic_group",
  "in_value_chain",
  "phone",
  "email",
  "province_code",
  "commune_code",
  "former_district",
  "street",
  "story_vi",
  "story_en",
  "logo_url",
  "status",
  "status_reason",
  "shipping_fee",
  "free_shipping_threshold",
  "created_at",
  "updated_at",
]
