import { MedusaResponse } from "@medusajs/framework/http"
import { listProducerProducts, retrieveProducerProduct } from "../../../lib/producer-product-view"
import { createListingWorkflow } from "../../../workflows/listing/workflows/create-listing"
import { ProducerRequest } from "../producer-scope"
import { CreateListingType, ListProducerProductsType } from "./validators"

/** The producer's listings, newest first; archived ones only with `status=draft`. */
export const GET = async (req: ProducerRequest<unknown, ListProducerProductsType>, res: MedusaResponse) => {
  res.json(
    await listProducerProducts(req.scope, req.producer.producer_id, req.validatedQuery as ListProducerProductsType)
  )
}

/** A new listing goes to the office's review queue (`proposed`); it is not on sale until approved. */
export const POST = async (req: ProducerRequest<CreateListingType>, res: MedusaResponse) => {
  const { result: productId } = await createListingWorkflow(req.scope).run({
    input: { ...req.validatedBody, producer_id: req.producer.producer_id },
  })
  res.status(201).json({ product: await retrieveProducerProduct(req.scope, req.producer.producer_id, productId) })
}
