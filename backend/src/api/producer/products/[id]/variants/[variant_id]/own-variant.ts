import { MedusaContainer } from "@medusajs/framework/types"
import { notOwn } from "../../../../../../lib/not-own"
import { retrieveProducerProduct } from "../../../../../../lib/producer-product-view"

/** The producer's own product, when the variant is one of its: else the 404 of a variant that does not exist. */
export async function retrieveOwnVariantProduct(
  scope: MedusaContainer,
  producerId: string,
  productId: string,
  variantId: string
) {
  const product = await retrieveProducerProduct(scope, producerId, productId)
  if (!product.variants.some((variant) => variant.id === variantId)) throw notOwn("variant", variantId)
  return product
}
