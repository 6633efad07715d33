import { MedusaResponse } from "@medusajs/framework/http"
import { logoDerivative } from "../../../../lib/uploads/product-image"
import { setProducerLogoWorkflow } from "../../../../workflows/listing/workflows/set-producer-logo"
import { uploadedFile } from "../../accept-upload"
import { ProducerRequest } from "../../producer-scope"
import { retrieveOwnProducer } from "../route"

/** The owner uploads the producer's logo (multipart `file`); it is stored as one 320 px WebP. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const logo = await logoDerivative(uploadedFile(req as never)!.buffer)
  await setProducerLogoWorkflow(req.scope).run({
    input: { producer_id: req.producer.producer_id, content: logo.content.toString("base64") },
  })
  const { producer } = await retrieveOwnProducer(req)
  res.json({ producer })
}
