import { z } from "@medusajs/framework/zod"
import { VND } from "../../../vnd"

export const variantTitle = z
  .string({ error: 'title is required (the packaging, e.g. "Hộp 200 g")' })
  .trim()
  .min(1, 'title is required (the packaging, e.g. "Hộp 200 g")')
  .max(60, "title must have at most 60 characters")
export const variantSku = z
  .string({ error: "sku must be text" })
  .trim()
  .min(1, "sku must not be empty")
  .max(64, "sku must have at most 64 characters")
  .regex(/^[A-Za-z0-9._-]+$/, "sku may hold only letters, digits, dots, dashes and underscores")
export const stockQuantity = (field: string) =>
  z
    .number({ error: `${field} must be a whole number of units, 0 or more` })
    .int(`${field} must be a whole number of units, 0 or more`)
    .min(0, `${field} must be a whole number of units, 0 or more`)
    .max(1_000_000, `${field} must be at most 1000000`)

/** One packaging of a listing with its VND price and the units in stock at the producer's location. */
export const AddListingVariant = z
  .object({ title: variantTitle, sku: variantSku.optional(), price: VND("price"), stock: stockQuantity("stock") })
  .strict()
export type AddListingVariantType = z.infer<typeof AddListingVariant>

// Stock has its own route (…/stock), so an edit cannot set it by the way.
export const UpdateListingVariant = z
  .object({ title: variantTitle.optional(), sku: variantSku.nullable().optional(), price: VND("price").optional() })
  .strict()
export type UpdateListingVariantType = z.infer<typeof UpdateListingVariant>
