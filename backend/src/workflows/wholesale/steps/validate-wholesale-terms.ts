import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { wholesaleTiersProblem, type WholesaleTier } from "@ocop/shared"
import { retailPriceOf, wholesaleVariants, type WholesaleVariantRow } from "../../../lib/wholesale-prices"

export type VariantWholesaleInput = {
  variant_id: string
  tiers: WholesaleTier[]
  min_quantity: number
  case_pack: number
}

export const validateWholesaleTermsStepId = "validate-wholesale-terms"

/**
 * Each variant is the product's, once, and its tiers start above 1 unit at distinct quantities,
 * priced above 0 and at most its retail price. Answers the variants as they are now.
 */
export const validateWholesaleTermsStep = createStep(
  validateWholesaleTermsStepId,
  async (input: { product_id: string; variants: VariantWholesaleInput[] }, { container }) => {
    const rows = new Map((await wholesaleVariants(container, { product_id: input.product_id })).map((v) => [v.id, v]))
    const seen = new Set<string>()
    input.variants.forEach((variant, i) => {
      const row = rows.get(variant.variant_id)
      if (!row) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `variants.${i}.variant_id: no variant ${variant.variant_id} in this product`
        )
      }
      if (seen.has(variant.variant_id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants.${i}.variant_id: given twice`)
      }
      seen.add(variant.variant_id)
      const retail = retailPriceOf(row)
      if (retail === null && variant.tiers.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants.${i}.tiers: set the retail price first`)
      }
      const problem = wholesaleTiersProblem(variant.tiers, retail ?? 0)
      if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants.${i}.${problem}`)
    })
    return new StepResponse(input.variants.map((variant) => rows.get(variant.variant_id) as WholesaleVariantRow))
  }
)
