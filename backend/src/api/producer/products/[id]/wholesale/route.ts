import { MedusaResponse } from "@medusajs/framework/http"
import type { ProductWholesale } from "@ocop/shared"
import { retrieveProducerProduct } from "../../../../../lib/producer-product-view"
import { variantWholesaleView, wholesaleVariants } from "../../../../../lib/wholesale-prices"
import { setProductWholesaleWorkflow } from "../../../../../workflows/wholesale/workflows/set-product-wholesale"
import { ProducerRequest } from "../../../producer-scope"
import { SetProductWholesaleType } from "./validators"

/** The producer's own product's wholesale terms per variant (in the portal's variant order), or its 404. */
async function retrieveProductWholesale(req: ProducerRequest): Promise<ProductWholesale> {
  const product = await retrieveProducerProduct(req.scope, req.producer.producer_id, req.params.id)
  const rows = new Map((await wholesaleVariants(req.scope, { product_id: product.id })).map((row) => [row.id, row]))
  return {
    product_id: product.id,
    variants: product.variants.flatMap((variant) => {
      const row = rows.get(variant.id)
      return row ? [variantWholesaleView(row)] : []
    }),
  }
}

export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ wholesale: await retrieveProductWholesale(req) })
}

/** Replaces the given variants' tiers, minimum and case pack; the others keep theirs. */
export const POST = async (req: ProducerRequest<SetProductWholesaleType>, res: MedusaResponse) => {
  await retrieveProducerProduct(req.scope, req.producer.producer_id, req.params.id)
  await setProductWholesaleWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, product_id: req.params.id, variants: req.validatedBody.variants },
  })
  res.json({ wholesale: await retrieveProductWholesale(req) })
}
