import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import productProducer from "../../../../links/product-producer"
import { toListing } from "./listing-response"
import { AdminListListingsType, listingFields } from "./validators"

/** The office's review queue: producers' products in one status (proposed by default), oldest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListListingsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, limit, offset } = req.validatedQuery
  // Query cannot filter products by a linked record, so the listings are the products the link holds.
  const { data: links } = await query.graph({ entity: productProducer.entryPoint, fields: ["product_id"] })
  if (links.length === 0) return res.json({ products: [], count: 0, limit, offset })
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: listingFields,
    filters: { id: links.map((link: { product_id: string }) => link.product_id), status },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  res.json({
    products: products.map((product) => toListing(product as never)),
    count: metadata?.count ?? 0,
    limit,
    offset,
  })
}
