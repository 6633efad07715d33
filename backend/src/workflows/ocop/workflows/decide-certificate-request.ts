import { transform } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { validateCertificateRequestPendingStep } from "../steps/validate-certificate-request-pending"

/**
 * What approve and reject both start from (call inside their `createWorkflow`): the pending request,
 * and its product with the producer to e-mail.
 */
export function pendingCertificateRequest(id: string) {
  const { data: requests } = useQueryGraphStep({
    entity: "ocop_certificate_request",
    fields: ["id", "status", "product_id", "producer_id"],
    filters: { id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "certificate-request" })
  const request = transform(
    { requests },
    ({ requests }) => requests[0] as { id: string; status: string; product_id: string; producer_id: string }
  )
  validateCertificateRequestPendingStep(request)
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "title", "producer.name", "producer.email"],
    filters: transform({ request }, ({ request }) => ({ id: request.product_id })),
  }).config({ name: "certificate-request-product" })
  const product = transform(
    { products },
    ({ products }) => products[0] as { id: string; title: string; producer: { name: string; email: string } }
  )
  return { request, product }
}
