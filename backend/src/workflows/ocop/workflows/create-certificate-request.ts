import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createCertificateRequestStep } from "../steps/create-certificate-request"
import { validateCertificateRequestFileStep } from "../steps/validate-certificate-request-file"
import { validateCertificateRequestProductStep } from "../steps/validate-certificate-request-product"

export type CreateCertificateRequestInput = {
  producer_id: string
  product_id: string
  note?: string | null
  file: { name: string; content_base64: string }
}

export const createCertificateRequestWorkflowId = "create-certificate-request"

/**
 * A producer sends the scan of a product's OCOP certificate for the office to record. The file is
 * checked before it is stored; a failure after storing deletes it again (the upload's compensation).
 */
export const createCertificateRequestWorkflow = createWorkflow(
  createCertificateRequestWorkflowId,
  (input: CreateCertificateRequestInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "producer.id"],
      filters: { id: input.product_id },
    })
    validateCertificateRequestProductStep(
      transform({ input, products }, ({ input, products }) => ({
        product_id: input.product_id,
        producer_id: input.producer_id,
        product: products[0],
      }))
    )
    const file = validateCertificateRequestFileStep(
      transform({ input }, ({ input }) => ({ content_base64: input.file.content_base64 }))
    )
    const stored = uploadFilesWorkflow.runAsStep({
      input: transform({ input, file }, ({ input, file }) => ({
        files: [
          {
            // Our own name: the producer's file name is kept only as a label.
            filename: `certificate-${input.product_id}.${file.extension}`,
            mimeType: file.mime_type,
            content: input.file.content_base64,
            // Never under /static: the office and the producer read it through their signed-in routes.
            access: "private" as const,
          },
        ],
      })),
    })
    const request = createCertificateRequestStep(
      transform({ input, file, stored }, ({ input, file, stored }) => ({
        product_id: input.product_id,
        producer_id: input.producer_id,
        file_key: stored[0].id,
        file_name: input.file.name,
        mime_type: file.mime_type,
        note: input.note ?? null,
      }))
    )
    return new WorkflowResponse(request)
  }
)
