import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerProduct } from "../../../../../../lib/producer-product-view"
import { updateVariantWorkflow } from "../../../../../../workflows/listing/workflows/update-variant"
import { ProducerRequest } from "../../../../producer-scope"
import { UpdateListingVariantType } from "../validators"
import { retrieveOwnVariantProduct } from "./own-variant"

/** Renames a packaging, changes its SKU or its VND price. */
export const POST = async (req: ProducerRequest<UpdateListingVariantType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await retrieveOwnVariantProduct(req.scope, producer_id, req.params.id, req.params.variant_id)
  await updateVariantWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id, variant_id: req.params.variant_id },
  })
  res.json({ product: await retrieveProducerProduct(req.scope, producer_id, req.params.id) })
}
