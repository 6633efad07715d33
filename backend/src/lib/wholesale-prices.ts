import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { tierRanges, wholesaleTerms, type VariantWholesale, type WholesaleTier } from "@ocop/shared"

type PriceRow = {
  id: string
  amount: number | string
  currency_code: string
  price_list_id?: string | null
  min_quantity?: number | string | null
}

/** A variant as the wholesale views read it: its prices and its producer's wholesale price list. */
export type WholesaleVariantRow = {
  id: string
  title: string
  sku: string | null
  metadata: Record<string, unknown> | null
  product_id: string
  prices?: (PriceRow | null)[] | null
  product?: { status?: string; producer?: { id: string; price_list?: { id: string } | null } | null } | null
}

export const WHOLESALE_VARIANT_FIELDS = [
  "id",
  "title",
  "sku",
  "metadata",
  "product_id",
  "prices.id",
  "prices.amount",
  "prices.currency_code",
  "prices.price_list_id",
  "prices.min_quantity",
  "product.status",
  "product.producer.id",
  "product.producer.price_list.id",
]

const vndPrices = (variant: WholesaleVariantRow) =>
  (variant.prices ?? []).filter((price): price is PriceRow => price?.currency_code === "vnd")

/**
 * A variant's retail price in VND: its price outside every price list (a variant's `prices` also
 * hold the wholesale tiers, which must never be read as its price).
 */
export function retailPriceOf(variant: Pick<WholesaleVariantRow, "prices">): number | null {
  const retail = vndPrices(variant as WholesaleVariantRow).find((price) => !price.price_list_id && !price.min_quantity)
  return retail ? Number(retail.amount) : null
}

/** The variant's prices in its producer's wholesale price list (what to replace when the tiers change). */
export function wholesalePricesOf(variant: WholesaleVariantRow): PriceRow[] {
  const listId = variant.product?.producer?.price_list?.id
  return listId ? vndPrices(variant).filter((price) => price.price_list_id === listId) : []
}

export function wholesaleTiersOf(variant: WholesaleVariantRow): WholesaleTier[] {
  return wholesalePricesOf(variant).map((price) => ({
    min_quantity: Number(price.min_quantity ?? 1),
    amount: Number(price.amount),
  }))
}

export function variantWholesaleView(variant: WholesaleVariantRow): VariantWholesale {
  return {
    variant_id: variant.id,
    title: variant.title,
    sku: variant.sku,
    retail_price: retailPriceOf(variant),
    ...wholesaleTerms(variant.metadata),
    tiers: tierRanges(wholesaleTiersOf(variant)),
  }
}

/** The wholesale rows of these variants (one query, whatever the catalogue's size). */
export async function wholesaleVariants(
  container: MedusaContainer,
  filters: { id?: string[]; product_id?: string }
): Promise<WholesaleVariantRow[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: WHOLESALE_VARIANT_FIELDS,
    filters,
  })
  return data as unknown as WholesaleVariantRow[]
}
