import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type VariantRow = {
  id: string
  title: string | null
  product?: { title: string; status: string; producer?: { id: string } | null } | null
}

export const validateQuoteItemsStepId = "validate-quote-items"

/**
 * Every variant asked for is a published product of that one producer; returns the lines with the
 * titles they are asked under. No writes.
 */
export const validateQuoteItemsStep = createStep(
  validateQuoteItemsStepId,
  async (input: { producer_id: string; items: { variant_id: string; quantity: number }[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = [...new Set(input.items.map((item) => item.variant_id))]
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "product.title", "product.status", "product.producer.id"],
      filters: { id: ids },
    })
    const variants = new Map((data as unknown as VariantRow[]).map((variant) => [variant.id, variant]))
    const lines = input.items.map((item, index) => {
      const variant = variants.get(item.variant_id)
      const product = variant?.product
      if (!product || product.status !== "published" || product.producer?.id !== input.producer_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `items.${index}.variant_id: ${item.variant_id} is not a product on sale by this producer`
        )
      }
      const title = variant.title ? `${product.title} – ${variant.title}` : product.title
      return { variant_id: item.variant_id, quantity: item.quantity, title }
    })
    return new StepResponse(lines)
  }
)
