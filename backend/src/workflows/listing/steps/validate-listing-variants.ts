import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ListingVariantsCheck = {
  /** The listing the variants are (or will be) part of; none for a new listing. */
  product_id?: string
  /** The variant being changed, which may keep its own title and SKU. */
  variant_id?: string
  variants: { title?: string; sku?: string | null }[]
  /** Where each variant sits in the request body ("variants.0."), for the field in the message; none: at the top. */
  prefixes?: string[]
}

export const validateListingVariantsStepId = "validate-listing-variants"

/**
 * A variant is one packaging of the listing (its title is the value of "Quy cách"), so titles
 * differ within a listing; a SKU is the store's, unique across every producer's products.
 */
export const validateListingVariantsStep = createStep(
  validateListingVariantsStepId,
  async (input: ListingVariantsCheck, { container }) => {
    const productModule = container.resolve(Modules.PRODUCT)
    const others = input.product_id
      ? (await productModule.listProductVariants({ product_id: input.product_id }, { select: ["id", "title"] })).filter(
          (v) => v.id !== input.variant_id
        )
      : []
    input.variants.forEach((variant, i) => {
      if (variant.title && others.some((other) => other.title === variant.title)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${input.prefixes?.[i] ?? ""}title: the listing already has a variant "${variant.title}"`
        )
      }
    })
    const skus = input.variants.map((v) => v.sku).filter((sku): sku is string => !!sku)
    if (!skus.length) return
    const taken = (await productModule.listProductVariants({ sku: skus }, { select: ["id", "sku"] })).filter(
      (v) => v.id !== input.variant_id
    )
    const i = input.variants.findIndex((v) => taken.some((t) => t.sku === v.sku))
    if (i >= 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${input.prefixes?.[i] ?? ""}sku: ${input.variants[i].sku} is already used by another product; choose another SKU`
      )
    }
  }
)
