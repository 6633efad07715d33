import { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listingFields } from "./validators"

type ListingRow = {
  id: string
  title: string
  metadata?: Record<string, unknown> | null
  producer?: { id: string; name: string; handle: string } | null
  [field: string]: unknown
}

/** A listing as the office reads it: the English title and the rejection reason lifted out of metadata. */
export function toListing({ metadata, ...product }: ListingRow) {
  return {
    ...product,
    title_en: (metadata?.title_en as string | undefined) ?? null,
    review_reason: (metadata?.review_reason as string | undefined) ?? null,
  }
}

export async function retrieveListing(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: listingFields, filters: { id } })
  return toListing(data[0] as ListingRow)
}
