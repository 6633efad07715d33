import { certificateStatus, currentCertificate, thumbnailSrcSet, type SizedImage } from "@ocop/shared"

type CertificateRow = {
  decision_date: Date | string
  expires_at: Date | string
  revoked_at?: Date | string | null
  stars: number
  product_set: number
  product_group: string
}
type LocationLevelRow = { stocked_quantity: number; reserved_quantity: number }
type VariantRow = {
  // `wholesale_tiers`: how many wholesale tiers the variant has (set with them; their prices stay out of the index).
  metadata?: Record<string, unknown> | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  prices?: ({ amount: number; currency_code: string } | null)[] | null
  inventory_items?: ({ inventory?: { location_levels?: (LocationLevelRow | null)[] | null } | null } | null)[] | null
}
export type ProductRow = {
  id: string
  title: string
  subtitle?: string | null
  description?: string | null
  handle: string
  thumbnail?: string | null
  images?: SizedImage[] | null
  status: string
  created_at: Date | string
  // `product_group`/`product_set`: set on an experience's product (community tourism, group VI),
  // which has no certificate of its own to carry them.
  metadata?: { title_en?: string; description_en?: string; product_group?: string; product_set?: number } | null
  sales_channels?: ({ id: string } | null)[] | null
  tags?: ({ value: string } | null)[] | null
  variants?: (VariantRow | null)[] | null
  producer?: {
    name: string
    handle: string
    legal_form: string
    women_led: boolean
    ethnic_minority_led: boolean
  } | null
  ocop_certificates?: (CertificateRow | null)[] | null
  ocop_origin?: {
    province_code: string
    province_name: string
    commune_code: string
    commune_name: string
    former_district: string | null
    traceability_code: string
  } | null
}

/** A variant sells when it is not stock-managed, may be back-ordered, or has unreserved units somewhere. */
function variantInStock(variant: VariantRow) {
  if (!variant.manage_inventory || variant.allow_backorder) return true
  return (variant.inventory_items ?? []).some((item) =>
    (item?.inventory?.location_levels ?? []).some(
      (level) => !!level && Number(level.stocked_quantity) - Number(level.reserved_quantity) > 0
    )
  )
}

/**
 * The searchable document of a product. Stars count only while the current certificate is valid:
 * a product whose certificate expired keeps selling but leaves the star facet until renewed.
 */
export function productDocument(row: ProductRow, now = new Date()) {
  const certificates = (row.ocop_certificates ?? []).filter((c): c is CertificateRow => !!c)
  const certificate = currentCertificate(certificates)
  // With every certificate revoked there is no current one: the product shows as revoked, not as never certified.
  const status = certificate ? certificateStatus(certificate, now) : certificates.length ? "revoked" : "none"
  const starsCount = certificate && (status === "active" || status === "expiring") ? certificate.stars : 0
  const prices = (row.variants ?? [])
    .flatMap((v) => v?.prices ?? [])
    .filter((p) => p?.currency_code === "vnd")
    .map((p) => Number(p!.amount))
  const origin = row.ocop_origin
  return {
    id: row.id,
    title: row.title,
    title_en: row.metadata?.title_en ?? null,
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    producer_name: row.producer?.name ?? null,
    place_names: origin
      ? [origin.commune_name, origin.former_district, origin.province_name].filter(Boolean).join(" · ")
      : null,
    tags: (row.tags ?? []).map((t) => t?.value).filter((v): v is string => !!v),
    handle: row.handle,
    thumbnail: row.thumbnail ?? null,
    thumbnail_srcset: thumbnailSrcSet(row.thumbnail, row.images),
    status: row.status,
    sales_channel_ids: (row.sales_channels ?? []).map((c) => c?.id).filter((v): v is string => !!v),
    stars: starsCount,
    certificate_status: status,
    product_group: certificate?.product_group ?? row.metadata?.product_group ?? null,
    product_set: certificate
      ? String(certificate.product_set)
      : row.metadata?.product_group && row.metadata.product_set
        ? String(row.metadata.product_set)
        : null,
    province_code: origin?.province_code ?? null,
    province_name: origin?.province_name ?? null,
    commune_code: origin?.commune_code ?? null,
    traceability_code: origin?.traceability_code ?? null,
    former_district: origin?.former_district ?? null,
    producer_handle: row.producer?.handle ?? null,
    legal_form: row.producer?.legal_form ?? null,
    women_led: row.producer?.women_led ?? false,
    ethnic_minority_led: row.producer?.ethnic_minority_led ?? false,
    in_stock: (row.variants ?? []).some((variant) => !!variant && variantInStock(variant)),
    price_min: prices.length ? Math.min(...prices) : null,
    wholesale: (row.variants ?? []).some((variant) => Number(variant?.metadata?.wholesale_tiers) > 0),
    created_at: new Date(row.created_at).toISOString(),
  }
}
