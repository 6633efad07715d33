import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { tierRanges, wholesaleTerms, type VariantWholesale, type WholesaleTier } from "@ocop/shared"

type PriceRow = {
  id: string
  amount: number | string
  currency_code: string
  price_list_id?: string | null
  min_quantity?: number | string | null
}

/**
 * A variant as the wholesale views read it: its retail `prices` (a price set's `prices` leave out
 * price-list prices), its producer's wholesale price list and, once attached, that list's prices of it.
 */
export type WholesaleVariantRow = {
  id: string
  title: string
  sku: string | null
  metadata: Record<string, unknown> | null
  product_id: string
  prices?: (PriceRow | null)[] | null
  price_set?: { id: string } | null
  product?: { status?: string; producer?: { id: string; price_list?: { id: string } | null } | null } | null
  wholesale_prices?: PriceRow[]
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
  "price_set.id",
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
  return (variant.wholesale_prices ?? []).filter((price) => price.currency_code === "vnd")
}

/**
 * Reads the variants' prices in their producers' wholesale price lists into `wholesale_prices`: one
 * query to the pricing module for all of them.
 */
export async function attachWholesalePrices<Row extends WholesaleVariantRow>(
  container: MedusaContainer,
  variants: Row[]
): Promise<Row[]> {
  const listOf = (variant: Row) => variant.product?.producer?.price_list?.id
  const listIds = [...new Set(variants.map(listOf).filter((id): id is string => !!id))]
  const setIds = [...new Set(variants.map((v) => v.price_set?.id).filter((id): id is string => !!id))]
  const prices =
    listIds.length && setIds.length
      ? await container
          .resolve(Modules.PRICING)
          .listPrices(
            { price_list_id: listIds, price_set_id: setIds },
            { select: ["id", "amount", "currency_code", "min_quantity", "price_list_id", "price_set_id"] }
          )
      : []
  for (const variant of variants) {
    variant.wholesale_prices = (prices as unknown as (PriceRow & { price_set_id: string })[]).filter(
      (price) => price.price_set_id === variant.price_set?.id && price.price_list_id === listOf(variant)
    )
  }
  return variants
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
  return attachWholesalePrices(container, data as unknown as WholesaleVariantRow[])
}
