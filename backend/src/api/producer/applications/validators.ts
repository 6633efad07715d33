import { z } from "@medusajs/framework/zod"
import { LEGAL_FORMS } from "@ocop/shared"
import { communeCode, provinceCode } from "../../admin/ocop/place-fields"

/** What a producer fills in to apply; the e-mail is the sign-in's, the handle is made from name and tax code. */
export const ProducerApplication = z
  .object({
    name: z
      .string({ error: "name is required" })
      .trim()
      .min(2, "name must have at least 2 characters")
      .max(200, "name must have at most 200 characters"),
    legal_form: z.enum(LEGAL_FORMS, { error: `legal_form must be one of ${LEGAL_FORMS.join(", ")}` }),
    tax_code: z.string({ error: "tax_code is required" }).trim(),
    representative: z
      .string({ error: "representative is required" })
      .trim()
      .min(2, "representative must have at least 2 characters")
      .max(120),
    phone: z.string({ error: "phone is required" }).trim(),
    province_code: provinceCode,
    commune_code: communeCode,
    street: z.string().trim().max(200, "street must have at most 200 characters").nullish(),
    women_led: z.boolean().default(false),
    ethnic_minority_led: z.boolean().default(false),
    ethnic_group: z.string().trim().min(2).max(60, "ethnic_group must have at most 60 characters").nullish(),
    story_vi: z.string().max(5000, "story_vi must have at most 5000 characters").nullish(),
    story_en: z.string().max(5000, "story_en must have at most 5000 characters").nullish(),
  })
  .strict()
export type ProducerApplicationType = z.infer<typeof ProducerApplication>

// The fields a portal user sees of its producer (not the office's notes beyond the status reason).
export const ownProducerFields = [
  "id",
  "name",
  "handle",
  "legal_form",
  "tax_code",
  "representative",
  "women_led",
  "ethnic_minority_led",
  "ethnic_group",
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
]
