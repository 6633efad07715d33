import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ProducerRequest } from "../producer-scope"
import { ownCertificateRequestFields } from "./validators"

type OwnRequestRow = { id: string; product_id: string; [field: string]: unknown }

/** This producer's certificate requests (all of them, or those with `id`), newest first, with each product's title. */
export async function listOwnCertificateRequests(req: ProducerRequest, id?: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: requests } = await query.graph({
    entity: "ocop_certificate_request",
    fields: ownCertificateRequestFields,
    filters: { producer_id: req.producer.producer_id, ...(id ? { id } : {}) },
    pagination: { order: { created_at: "DESC" } },
  })
  const productIds = [...new Set((requests as OwnRequestRow[]).map((r) => r.product_id))]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } })
    : { data: [] }
  const titleById = new Map(products.map((p: { id: string; title: string }) => [p.id, p.title]))
  return (requests as OwnRequestRow[]).map((request) => ({
    ...request,
    product_title: titleById.get(request.product_id) ?? null,
  }))
}
