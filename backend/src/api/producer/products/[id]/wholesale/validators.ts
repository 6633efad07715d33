import { z } from "@medusajs/framework/zod"
import { MAX_WHOLESALE_LINE_QUANTITY } from "@ocop/shared"

const units = (field: string, max: number) =>
  z
    .number({ error: `${field} must be a whole number of units` })
    .int(`${field} must be a whole number of units`)
    .min(1, `${field} must be at least 1`)
    .max(max, `${field} must be at most ${max}`)

// Whether a tier starts above 1 unit and stays within the retail price is the workflow's check
// (wholesaleTiersProblem), which knows the retail price; here only the shape.
const WholesaleTierBody = z
  .object({
    min_quantity: z
      .number({ error: "min_quantity must be a whole number of units" })
      .int("min_quantity must be a whole number of units")
      .max(MAX_WHOLESALE_LINE_QUANTITY, `min_quantity must be at most ${MAX_WHOLESALE_LINE_QUANTITY}`),
    amount: z
      .number({ error: "amount must be a whole number of VND" })
      .int("amount must be a whole number of VND")
      .max(1_000_000_000, "amount must be at most 1.000.000.000 VND"),
  })
  .strict()

/** A variant's wholesale terms as the producer sets them: its tiers (all of them), minimum and case pack. */
const VariantWholesaleTerms = z
  .object({
    variant_id: z.string({ error: "variant_id is required" }).min(1, "variant_id is required"),
    tiers: z.array(WholesaleTierBody, { error: "tiers must be a list" }).max(5, "tiers: at most 5 per variant"),
    min_quantity: units("min_quantity", MAX_WHOLESALE_LINE_QUANTITY).default(1),
    case_pack: units("case_pack", 1000).default(1),
  })
  .strict()

export const SetProductWholesale = z
  .object({
    variants: z
      .array(VariantWholesaleTerms, { error: "variants must be a list" })
      .min(1, "variants: at least one variant")
      .max(50, "variants: at most 50"),
  })
  .strict()
export type SetProductWholesaleType = z.infer<typeof SetProductWholesale>
