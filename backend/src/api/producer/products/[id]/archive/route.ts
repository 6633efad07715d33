import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerProduct } from "../../../../../lib/producer-product-view"
import { archiveListingWorkflow } from "../../../../../workflows/listing/workflows/archive-listing"
import { ProducerRequest } from "../../../producer-scope"

/** Takes a listing off sale (`draft`, with `archived_at`). */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  await retrieveProducerProduct(req.scope, req.producer.producer_id, req.params.id)
  await archiveListingWorkflow(req.scope).run({ input: { product_id: req.params.id } })
  res.json({ product: await retrieveProducerProduct(req.scope, req.producer.producer_id, req.params.id) })
}
