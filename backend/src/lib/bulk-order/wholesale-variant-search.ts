import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { wholesaleTerms } from "@ocop/shared"

/** At most this many variants answer one search of the quick-order pad. */
export const MAX_VARIANT_RESULTS = 10

// More than are shown, as some may be unpublished or in another sales channel.
const CANDIDATES = 40

type FoundVariant = {
  id: string
  sku: string | null
  title: string
  metadata: Record<string, unknown> | null
  product?: {
    id: string
    title: string
    handle: string
    thumbnail: string | null
    status: string
    sales_channels?: ({ id: string } | null)[] | null
    producer?: { name: string; handle: string } | null
  } | null
}

const VARIANT_FIELDS = [
  "id",
  "sku",
  "title",
  "metadata",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
  "product.status",
  "product.sales_channels.id",
  "product.producer.name",
  "product.producer.handle",
]

// `%`, `_` and `\` in what the buyer types are letters, not LIKE patterns.
const likeText = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

/**
 * The variants a quick-order search finds: SKUs starting with `q` first, then variants of products whose
 * title contains it; only published products of the key's sales channels, each with its wholesale terms.
 */
export async function searchWholesaleVariants(container: MedusaContainer, q: string, salesChannelIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pattern = likeText(q)
  const { data: bySku } = await query.graph({
    entity: "product_variant",
    fields: VARIANT_FIELDS,
    filters: { sku: { $ilike: `${pattern}%` } },
    pagination: { take: CANDIDATES, order: { sku: "ASC" } },
  })
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "variants.id"],
    filters: { title: { $ilike: `%${pattern}%` }, status: ProductStatus.PUBLISHED },
    pagination: { take: CANDIDATES, order: { title: "ASC" } },
  })
  const titleVariantIds = (products as { variants?: ({ id: string } | null)[] }[])
    .flatMap((product) => (product.variants ?? []).map((variant) => variant?.id))
    .filter((id): id is string => !!id)
    .slice(0, CANDIDATES)
  const { data: byTitle } = titleVariantIds.length
    ? await query.graph({ entity: "product_variant", fields: VARIANT_FIELDS, filters: { id: titleVariantIds } })
    : { data: [] }

  const seen = new Set<string>()
  return ([...bySku, ...byTitle] as FoundVariant[])
    .filter((variant) => !seen.has(variant.id) && seen.add(variant.id))
    .filter(
      (variant) =>
        variant.product?.status === ProductStatus.PUBLISHED &&
        (variant.product.sales_channels ?? []).some((channel) => !!channel && salesChannelIds.includes(channel.id))
    )
    .slice(0, MAX_VARIANT_RESULTS)
    .map((variant) => ({
      id: variant.id,
      sku: variant.sku,
      title: variant.title,
      product_id: variant.product!.id,
      product_title: variant.product!.title,
      product_handle: variant.product!.handle,
      thumbnail: variant.product!.thumbnail,
      producer: variant.product!.producer
        ? { name: variant.product!.producer.name, handle: variant.product!.producer.handle }
        : null,
      ...wholesaleTerms(variant.metadata),
    }))
}
