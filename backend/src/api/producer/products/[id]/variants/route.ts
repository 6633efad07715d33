import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerProduct } from "../../../../../lib/producer-product-view"
import { addVariantWorkflow } from "../../../../../workflows/listing/workflows/add-variant"
import { ProducerRequest } from "../../../producer-scope"
import { AddListingVariantType } from "./validators"

/** A new packaging of the listing, with its price and stock. */
export const POST = async (req: ProducerRequest<AddListingVariantType>, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await retrieveProducerProduct(req.scope, producer_id, req.params.id)
  await addVariantWorkflow(req.scope).run({ input: { ...req.validatedBody, producer_id, product_id: req.params.id } })
  res.status(201).json({ product: await retrieveProducerProduct(req.scope, producer_id, req.params.id) })
}
