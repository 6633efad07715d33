import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerProduct } from "../../../../../../../lib/producer-product-view"
import { setVariantStockWorkflow } from "../../../../../../../workflows/listing/workflows/set-variant-stock"
import { ProducerRequest } from "../../../../../producer-scope"
import { retrieveOwnVariantProduct } from "../own-variant"
import { SetVariantStockType } from "./validators"

/** Sets the units of a packaging at the producer's own location. */
export const POST = async (req: ProducerRequest<SetVariantStockType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await retrieveOwnVariantProduct(req.scope, producer_id, req.params.id, req.params.variant_id)
  await setVariantStockWorkflow(req.scope).run({
    input: { producer_id, variant_id: req.params.variant_id, quantity: req.validatedBody.quantity },
  })
  res.json({ product: await retrieveProducerProduct(req.scope, producer_id, req.params.id) })
}
