import { MedusaResponse } from "@medusajs/framework/http"
import { createCertificateRequestWorkflow } from "../../../../../workflows/ocop/workflows/create-certificate-request"
import { uploadedFile } from "../../../accept-upload"
import { listOwnCertificateRequests } from "../../../certificate-requests/own-certificate-requests"
import { CreateCertificateRequestType } from "../../../certificate-requests/validators"
import { ProducerRequest } from "../../../producer-scope"

/** A producer sends the scan of one of its products' OCOP certificate for the office to record. */
export const POST = async (req: ProducerRequest<CreateCertificateRequestType>, res: MedusaResponse) => {
  const file = uploadedFile(req as never)!
  const { result } = await createCertificateRequestWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.producer_id,
      product_id: req.params.id,
      note: req.validatedBody.note ?? null,
      file: { name: file.originalname, content_base64: file.buffer.toString("base64") },
    },
  })
  const [certificate_request] = await listOwnCertificateRequests(req, result.id)
  res.status(201).json({ certificate_request })
}
