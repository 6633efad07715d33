import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendProducerEmailWorkflow } from "../../producer/workflows/send-producer-email"
import { decideCertificateRequestStep } from "../steps/decide-certificate-request"
import { pendingCertificateRequest } from "./decide-certificate-request"

export const rejectCertificateRequestWorkflowId = "reject-certificate-request"

/** The office turns a scan down (unreadable, another product's certificate…) and tells the producer why. */
export const rejectCertificateRequestWorkflow = createWorkflow(
  rejectCertificateRequestWorkflowId,
  (input: { id: string; reason: string }) => {
    const { product } = pendingCertificateRequest(input.id)
    const decided = decideCertificateRequestStep(
      transform({ input }, ({ input }) => ({ id: input.id, status: "rejected" as const, reason: input.reason }))
    )
    sendProducerEmailWorkflow.runAsStep({
      input: transform({ input, product }, ({ input, product }) => ({
        to: product.producer.email,
        kind: "certificate_request_rejected" as const,
        producer_name: product.producer.name,
        product_title: product.title,
        reason: input.reason,
        idempotency_key: `certificate_request_rejected:${input.id}`,
      })),
    })
    return new WorkflowResponse(decided)
  }
)
