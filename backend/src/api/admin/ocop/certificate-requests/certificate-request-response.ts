import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateRequestFields } from "./validators"

type CertificateRequestRow = { id: string; product_id: string; producer_id: string; [field: string]: unknown }

/**
 * Requests with their product and producer (a request holds only their ids: the ocop module does not
 * link to products until the office records a certificate).
 */
export async function withProductAndProducer(req: MedusaRequest, requests: CertificateRequestRow[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(requests.map((r) => r.product_id))]
  const producerIds = [...new Set(requests.map((r) => r.producer_id))]
  const [{ data: products }, { data: producers }] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail"], filters: { id: productIds } })
      : { data: [] },
    producerIds.length
      ? query.graph({ entity: "producer", fields: ["id", "name", "handle"], filters: { id: producerIds } })
      : { data: [] },
  ])
  const productById = new Map(products.map((p: { id: string }) => [p.id, p]))
  const producerById = new Map(producers.map((p: { id: string }) => [p.id, p]))
  return requests.map((request) => ({
    ...request,
    product: productById.get(request.product_id) ?? null,
    producer: producerById.get(request.producer_id) ?? null,
  }))
}

export async function retrieveCertificateRequest(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate_request",
    fields: certificateRequestFields,
    filters: { id },
  })
  return (await withProductAndProducer(req, data as CertificateRequestRow[]))[0]
}
