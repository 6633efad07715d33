import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendProducerEmailWorkflow } from "../../producer/workflows/send-producer-email"
import { decideCertificateRequestStep } from "../steps/decide-certificate-request"
import { CertificateInput } from "../steps/validate-certificates"
import { createCertificatesWorkflow } from "./create-certificates"
import { pendingCertificateRequest } from "./decide-certificate-request"

export type ApproveCertificateRequestInput = { id: string; certificate: CertificateInput }

export const approveCertificateRequestWorkflowId = "approve-certificate-request"

/**
 * The office records the certificate it read on a producer's scan: the certificate is created for the
 * request's product (as POST /admin/ocop/certificates does), the request points at it, the producer is told.
 */
export const approveCertificateRequestWorkflow = createWorkflow(
  approveCertificateRequestWorkflowId,
  (input: ApproveCertificateRequestInput) => {
    const { request, product } = pendingCertificateRequest(input.id)
    const certificates = createCertificatesWorkflow.runAsStep({
      input: transform({ input, request }, ({ input, request }) => ({
        certificates: [{ ...input.certificate, product_id: request.product_id }],
      })),
    })
    const decided = decideCertificateRequestStep(
      transform({ input, certificates }, ({ input, certificates }) => ({
        id: input.id,
        status: "approved" as const,
        certificate_id: certificates[0].id,
      }))
    )
    sendProducerEmailWorkflow.runAsStep({
      input: transform({ input, product }, ({ input, product }) => ({
        to: product.producer.email,
        kind: "certificate_request_approved" as const,
        producer_name: product.producer.name,
        product_title: product.title,
        idempotency_key: `certificate_request_approved:${input.id}`,
      })),
    })
    return new WorkflowResponse(decided)
  }
)
