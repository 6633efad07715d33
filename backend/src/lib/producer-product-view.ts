import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { certificateStatus, currentCertificate, type Listing, type ListingStatus } from "@ocop/shared"
import { notOwn } from "./not-own"

const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "metadata",
  "thumbnail",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "images.metadata",
  "images.rank",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.metadata",
  "variants.variant_rank",
  "variants.created_at",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "ocop_origin.province_code",
  "ocop_origin.commune_code",
  "ocop_origin.growing_area_code",
  "ocop_origin.traceability_code",
  "ocop_certificates.certificate_number",
  "ocop_certificates.stars",
  "ocop_certificates.level",
  "ocop_certificates.decision_date",
  "ocop_certificates.expires_at",
  "ocop_certificates.revoked_at",
]

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }
type Certificate = {
  certificate_number: string
  stars: number
  level: string
  decision_date: Date | string
  expires_at: Date | string
  revoked_at?: Date | string | null
}
type ProductRow = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  status: ListingStatus
  metadata: Record<string, unknown> | null
  thumbnail: string | null
  created_at: Date
  updated_at: Date
  images?: { id: string; url: string; rank: number; metadata: { sizes?: Record<string, string> } | null }[]
  variants?: {
    id: string
    title: string
    sku: string | null
    metadata: Record<string, unknown> | null
    variant_rank: number | null
    created_at: Date
    prices?: { amount: number; currency_code: string }[]
    inventory_items?: { inventory?: { location_levels?: Level[] } }[]
  }[]
  ocop_origin?: {
    province_code: string
    commune_code: string
    growing_area_code: string | null
    traceability_code: string
  } | null
  ocop_certificates?: Certificate[]
}

const number = (value: unknown) =>
  typeof value === "number" ? value : value == null || value === "" ? null : Number(value)

/** A listing as the portal shows it: price in VND, stock and what is free to sell at the producer's own location. */
export function producerProductView(product: ProductRow, locationId: string | undefined): Listing<Date | string> {
  const metadata = product.metadata ?? {}
  const certificate = currentCertificate(product.ocop_certificates ?? [])
  return {
    id: product.id,
    title: product.title,
    title_en: (metadata.title_en as string | undefined) ?? null,
    subtitle: product.subtitle,
    description: product.description,
    description_en: (metadata.description_en as string | undefined) ?? null,
    handle: product.handle,
    status: product.status,
    review_reason: (metadata.review_reason as string | undefined) ?? null,
    archived_at: (metadata.archived_at as string | undefined) ?? null,
    product_set: number(metadata.product_set),
    thumbnail: product.thumbnail,
    images: [...(product.images ?? [])]
      .sort((a, b) => a.rank - b.rank)
      .map((image) => ({ id: image.id, url: image.url, sizes: image.metadata?.sizes ?? { "1280": image.url } })),
    variants: [...(product.variants ?? [])]
      // Variants created together share a created_at: their rank (the order they were given in) decides.
      .sort(
        (a, b) =>
          new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
          (a.variant_rank ?? 0) - (b.variant_rank ?? 0)
      )
      .map((variant) => {
        const levels = (variant.inventory_items ?? [])
          .flatMap((item) => item.inventory?.location_levels ?? [])
          .filter((level) => level.location_id === locationId)
        const stock = levels.reduce((sum, level) => sum + Number(level.stocked_quantity), 0)
        const reserved = levels.reduce((sum, level) => sum + Number(level.reserved_quantity), 0)
        return {
          id: variant.id,
          title: variant.title,
          sku: variant.sku,
          price: number(variant.prices?.find((price) => price.currency_code === "vnd")?.amount),
          stock,
          available: stock - reserved,
          min_quantity: number(variant.metadata?.min_quantity),
          max_quantity: number(variant.metadata?.max_quantity),
        }
      }),
    origin: product.ocop_origin
      ? {
          province_code: product.ocop_origin.province_code,
          commune_code: product.ocop_origin.commune_code,
          growing_area_code: product.ocop_origin.growing_area_code,
          traceability_code: product.ocop_origin.traceability_code,
        }
      : null,
    certificate: certificate
      ? {
          number: certificate.certificate_number,
          stars: certificate.stars,
          level: certificate.level,
          decision_date: certificate.decision_date,
          expires_at: certificate.expires_at,
          status: certificateStatus(certificate),
        }
      : null,
    created_at: product.created_at,
    updated_at: product.updated_at,
  }
}

async function producerCatalogue(scope: MedusaContainer, producerId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: ["stock_location.id", "products.id"],
    filters: { id: producerId },
  })
  const row = producer as { stock_location?: { id: string } | null; products?: ({ id: string } | null)[] } | undefined
  return {
    locationId: row?.stock_location?.id,
    productIds: (row?.products ?? []).map((p) => p?.id).filter((id): id is string => !!id),
  }
}

/**
 * The producer's own product, with its variants and images, or the 404 of `notOwn` (the same for
 * another producer's product as for one that does not exist).
 */
export async function retrieveProducerProduct(scope: MedusaContainer, producerId: string, productId: string) {
  const { locationId, productIds } = await producerCatalogue(scope, producerId)
  if (!productIds.includes(productId)) throw notOwn("product", productId)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: productId } })
  if (!product) throw notOwn("product", productId)
  return producerProductView(product as unknown as ProductRow, locationId)
}

// The portal's list leaves archived listings out unless it asks for them (status=draft).
const LISTED_STATUSES = [ProductStatus.PROPOSED, ProductStatus.PUBLISHED, ProductStatus.REJECTED]

/** A page of the producer's listings, newest first; `q` searches the title (and Medusa's other searchable fields). */
export async function listProducerProducts(
  scope: MedusaContainer,
  producerId: string,
  { q, status, limit, offset }: { q?: string; status?: string; limit: number; offset: number }
) {
  const { locationId, productIds } = await producerCatalogue(scope, producerId)
  if (!productIds.length) return { products: [], count: 0, limit, offset }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: { id: productIds, status: status ? [status] : LISTED_STATUSES, ...(q ? { q } : {}) } as never,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  return {
    products: (data as unknown as ProductRow[]).map((product) => producerProductView(product, locationId)),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  }
}
