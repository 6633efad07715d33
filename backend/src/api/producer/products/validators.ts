import { z } from "@medusajs/framework/zod"
import { PRODUCT_SETS } from "../../../modules/ocop/rules/product-sets"
import { communeCode, provinceCode } from "../../admin/ocop/place-fields"
import { AddListingVariant } from "./[id]/variants/validators"

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .max(max, `${field} must have at most ${max} characters`)

const title = z
  .string({ error: "title is required" })
  .trim()
  .min(2, "title must have at least 2 characters")
  .max(200, "title must have at most 200 characters")

// The OCOP product set (bộ sản phẩm) a listing is certified in: 1–26 of Decision 148/QĐ-TTg.
const productSet = z
  .number({ error: "product_set must be an OCOP product set, a number from 1 to 26" })
  .int("product_set must be an OCOP product set, a number from 1 to 26")
  .refine((value) => value in PRODUCT_SETS, "product_set must be an OCOP product set, a number from 1 to 26")

const ListingOrigin = z
  .object({
    province_code: provinceCode,
    commune_code: communeCode,
    growing_area_code: text("growing_area_code", 60).min(1, "growing_area_code must not be empty").nullish(),
  })
  .strict()

const listingContent = {
  title_en: text("title_en", 200).nullish(),
  subtitle: text("subtitle", 200).nullish(),
  description: text("description", 10_000).nullish(),
  description_en: text("description_en", 10_000).nullish(),
  origin: ListingOrigin.optional(),
}

export const CreateListing = z
  .object({
    title,
    product_set: productSet,
    ...listingContent,
    variants: z
      .array(AddListingVariant, { error: "variants must list the listing's packagings" })
      .min(1, "variants must have at least one packaging")
      .max(20, "variants must have at most 20 packagings")
      .refine(
        (variants) => new Set(variants.map((v) => v.title)).size === variants.length,
        "variants must have different titles"
      )
      .refine(
        (variants) =>
          new Set(variants.filter((v) => v.sku).map((v) => v.sku)).size === variants.filter((v) => v.sku).length,
        "variants must have different SKUs"
      ),
  })
  .strict()
export type CreateListingType = z.infer<typeof CreateListing>

// Variants are edited through their own routes.
export const UpdateListing = z
  .object({ title: title.optional(), product_set: productSet.optional(), ...listingContent })
  .strict()
export type UpdateListingType = z.infer<typeof UpdateListing>

const STATUSES = ["proposed", "published", "rejected", "draft"] as const

export const ListProducerProducts = z
  .object({
    q: z.string().trim().max(200, "q must have at most 200 characters").optional(),
    status: z.enum(STATUSES, { error: `status must be one of ${STATUSES.join(", ")}` }).optional(),
    limit: z.coerce
      .number({ error: "limit must be a number from 1 to 100" })
      .int("limit must be a whole number")
      .min(1, "limit must be at least 1")
      .max(100, "limit must be at most 100")
      .default(20),
    offset: z.coerce
      .number({ error: "offset must be a number, 0 or more" })
      .int("offset must be a whole number")
      .min(0, "offset must be 0 or more")
      .default(0),
  })
  .strict()
export type ListProducerProductsType = z.infer<typeof ListProducerProducts>
