import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import {
  type BulkAddedLine,
  type BulkLinesAnswer,
  type BulkRowError,
  type BulkRowProblem,
  spreadsheetText,
  MAX_WHOLESALE_LINE_QUANTITY,
  orderLimits,
  wholesaleQuantityProblem,
  wholesaleTerms,
} from "@ocop/shared"

/** A row to add: named by SKU (an upload) or by variant (a list, an order); quantity null when unreadable. */
export type BulkRow = { row: number; quantity: number | null } & ({ sku: string } | { variant_id: string })

type Variant = {
  id: string
  sku: string | null
  metadata: Record<string, unknown> | null
  manage_inventory: boolean
  allow_backorder: boolean
  product?: { status?: string; sales_channels?: ({ id: string } | null)[] | null } | null
}

const VARIANT_FIELDS = [
  "id",
  "sku",
  "metadata",
  "manage_inventory",
  "allow_backorder",
  "product.status",
  "product.sales_channels.id",
]

const MESSAGES: Record<BulkRowProblem, (sku: string, detail: string) => string> = {
  unknown_sku: (sku) => `sku: no product has the SKU ${sku}`,
  invalid_quantity: () => "quantity: must be a whole number of 1 or more",
  duplicate_sku: (sku) => `sku: ${sku} is on an earlier row; put its whole quantity on one row`,
  not_wholesale: (sku) => `sku: ${sku} is not sold wholesale here`,
  below_minimum: (sku, detail) => `quantity: at least ${detail} of ${sku} per order`,
  not_case_multiple: (sku, detail) => `quantity: ${sku} is sold in cases of ${detail}`,
  above_maximum: (sku, detail) => `quantity: at most ${detail} of ${sku} per order`,
  over_stock: (sku, detail) => `quantity: only ${detail} of ${sku} left`,
}

/**
 * Splits bulk rows into the lines that can be added to the cart together and the refused rows, each
 * with its reason. Quantities are judged as the cart will hold them (Medusa merges a line into the
 * variant's line already there): the store's order limits, or for a wholesale buyer the variant's
 * wholesale minimum and case pack up to MAX_WHOLESALE_LINE_QUANTITY, then stock. "Not wholesale" is, until the producers' wholesale price
 * lists exist, a product that is not published in the cart's sales channel. Three reads whatever the
 * number of rows: the cart, the variants, the availability. SKUs in the answer are formula-escaped.
 */
export async function checkBulkRows(
  container: MedusaContainer,
  input: { cart_id: string; rows: BulkRow[]; wholesale: boolean }
): Promise<BulkLinesAnswer> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["sales_channel_id", "items.variant_id", "items.quantity"],
    filters: { id: input.cart_id },
  })
  const inCart = new Map<string, number>()
  for (const item of cart?.items ?? []) {
    if (item?.variant_id) inCart.set(item.variant_id, (inCart.get(item.variant_id) ?? 0) + Number(item.quantity))
  }

  const skus = input.rows.flatMap((row) => ("sku" in row && row.sku ? [row.sku] : []))
  const ids = input.rows.flatMap((row) => ("variant_id" in row ? [row.variant_id] : []))
  const found: Variant[] = []
  for (const filters of [skus.length && { sku: [...new Set(skus)] }, ids.length && { id: [...new Set(ids)] }]) {
    if (!filters) continue
    const { data } = await query.graph({ entity: "product_variant", fields: VARIANT_FIELDS, filters })
    found.push(...(data as Variant[]))
  }
  const bySku = new Map(found.filter((variant) => variant.sku).map((variant) => [variant.sku!, variant]))
  const byId = new Map(found.map((variant) => [variant.id, variant]))

  const errors: BulkRowError[] = []
  const candidates: (BulkAddedLine & { variant: Variant; total: number })[] = []
  const seen = new Set<string>()
  const refuse = (row: number, sku: string, code: BulkRowProblem, limit?: number) =>
    errors.push({
      row,
      sku: spreadsheetText(sku),
      code,
      message: MESSAGES[code](spreadsheetText(sku), String(limit ?? "")),
      ...(limit === undefined ? {} : { limit }),
    })

  for (const row of input.rows) {
    const variant = "sku" in row ? bySku.get(row.sku) : byId.get(row.variant_id)
    const sku = variant?.sku ?? ("sku" in row ? row.sku : row.variant_id)
    if (!variant) {
      refuse(row.row, sku, "unknown_sku")
      continue
    }
    if (row.quantity === null || !Number.isInteger(row.quantity) || row.quantity < 1) {
      refuse(row.row, sku, "invalid_quantity")
      continue
    }
    if (seen.has(variant.id)) {
      refuse(row.row, sku, "duplicate_sku")
      continue
    }
    seen.add(variant.id)
    const onSale =
      variant.product?.status === "published" &&
      (variant.product.sales_channels ?? []).some((channel) => channel?.id === cart?.sales_channel_id)
    if (!onSale) {
      refuse(row.row, sku, input.wholesale ? "not_wholesale" : "unknown_sku")
      continue
    }
    const total = (inCart.get(variant.id) ?? 0) + row.quantity
    // A verified buyer's line is held to the variant's wholesale terms instead of the consumer's
    // limits, as the cart itself holds it (lib/cart-lines.ts).
    const limits = input.wholesale ? { min: 1, max: MAX_WHOLESALE_LINE_QUANTITY } : orderLimits(variant.metadata)
    const terms = wholesaleTerms(variant.metadata)
    const wholesaleProblem = input.wholesale ? wholesaleQuantityProblem(terms, total) : undefined
    if (total < limits.min) refuse(row.row, sku, "below_minimum", limits.min)
    else if (wholesaleProblem === "below_minimum") refuse(row.row, sku, "below_minimum", terms.min_quantity)
    else if (wholesaleProblem) refuse(row.row, sku, "not_case_multiple", terms.case_pack)
    else if (total > limits.max) refuse(row.row, sku, "above_maximum", limits.max)
    else
      candidates.push({
        row: row.row,
        sku: spreadsheetText(sku),
        variant_id: variant.id,
        quantity: row.quantity,
        variant,
        total,
      })
  }

  const tracked = new Set(
    candidates.filter((line) => line.variant.manage_inventory && !line.variant.allow_backorder).map((l) => l.variant_id)
  )
  const availability = tracked.size
    ? await getVariantAvailability(query, {
        variant_ids: [...tracked],
        sales_channel_id: cart!.sales_channel_id!,
      })
    : {}
  const added: BulkAddedLine[] = []
  for (const { variant, total, ...line } of candidates) {
    const available = Number(availability[variant.id]?.availability ?? 0)
    if (tracked.has(variant.id) && total > available) {
      refuse(line.row, line.sku, "over_stock", Math.max(0, available - (inCart.get(variant.id) ?? 0)))
    } else added.push(line)
  }
  errors.sort((a, b) => a.row - b.row)
  return { added, errors }
}
