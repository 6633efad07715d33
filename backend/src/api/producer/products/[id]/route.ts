import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerProduct } from "../../../../lib/producer-product-view"
import { updateListingWorkflow } from "../../../../workflows/listing/workflows/update-listing"
import { ProducerRequest } from "../../producer-scope"
import { UpdateListingType } from "../validators"

export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ product: await retrieveProducerProduct(req.scope, req.producer.producer_id, req.params.id) })
}

/** Edits a listing's content; a published one stays on sale, a rejected one goes back for review. */
export const POST = async (req: ProducerRequest<UpdateListingType>, res: MedusaResponse) => {
  await retrieveProducerProduct(req.scope, req.producer.producer_id, req.params.id)
  await updateListingWorkflow(req.scope).run({ input: { ...req.validatedBody, product_id: req.params.id } })
  res.json({ product: await retrieveProducerProduct(req.scope, req.producer.producer_id, req.params.id) })
}
