import { MedusaResponse } from "@medusajs/framework/http"
import { retrieveProducerProduct } from "../../../../../lib/producer-product-view"
import { productImageDerivatives } from "../../../../../lib/uploads/product-image"
import { addProductImageWorkflow } from "../../../../../workflows/listing/workflows/add-product-image"
import { uploadedFile } from "../../../accept-upload"
import { ProducerRequest } from "../../../producer-scope"

/** A new picture of the listing (multipart `file`): checked and made into WebP copies before anything is stored. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const { producer_id } = req.producer
  await retrieveProducerProduct(req.scope, producer_id, req.params.id)
  const copies = await productImageDerivatives(uploadedFile(req as never)!.buffer)
  await addProductImageWorkflow(req.scope).run({
    input: {
      product_id: req.params.id,
      copies: copies.map((copy) => ({ width: copy.width, content: copy.content.toString("base64") })),
    },
  })
  res.status(201).json({ product: await retrieveProducerProduct(req.scope, producer_id, req.params.id) })
}
