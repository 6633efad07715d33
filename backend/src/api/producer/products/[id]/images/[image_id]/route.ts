import { MedusaResponse } from "@medusajs/framework/http"
import { notOwn } from "../../../../../../lib/not-own"
import { retrieveProducerProduct } from "../../../../../../lib/producer-product-view"
import { removeProductImageWorkflow } from "../../../../../../workflows/listing/workflows/remove-product-image"
import { ProducerRequest } from "../../../../producer-scope"

/** Removes a picture from the listing (and its files). */
export const DELETE = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer_id } = req.producer
  const product = await retrieveProducerProduct(req.scope, producer_id, req.params.id)
  if (!product.images.some((image) => image.id === req.params.image_id)) throw notOwn("image", req.params.image_id)
  await removeProductImageWorkflow(req.scope).run({
    input: { product_id: req.params.id, image_id: req.params.image_id },
  })
  res.json({ product: await retrieveProducerProduct(req.scope, producer_id, req.params.id) })
}
