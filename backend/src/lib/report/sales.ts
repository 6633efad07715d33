import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  SALES_CHANNEL_LABELS,
  type IndicatorPoint,
  type ProducerSalesBy,
  type SalesBy,
  type SalesChannel,
  type SalesRow,
  type TrendInterval,
} from "@ocop/shared"
import { PRODUCT_GROUPS, PRODUCT_SETS, type ProductGroup } from "../../modules/ocop/rules/product-sets"

/**
 * The sales the reports read: sums over `sales_fact` (net of cancellations and refunds, each change
 * on its own Vietnam day), one SQL statement per answer, never the orders themselves.
 */

/** The common report filters; `from`/`to` are Vietnam days (`YYYY-MM-DD`), both included. */
export type SalesFilters = {
  from: string
  to: string
  province_code?: string
  district?: string
  commune_code?: string
  producer_id?: string
  group?: string
  product_set?: number
  stars?: number
  channel?: SalesChannel
}

export type SalesGrouping = SalesBy | ProducerSalesBy

type Knex = {
  raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}
const knexOf = (container: MedusaContainer) =>
  container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex

const FILTER_COLUMNS = {
  province_code: "f.province_code",
  district: "f.former_district",
  commune_code: "f.commune_code",
  producer_id: "f.producer_id",
  group: "f.product_group",
  product_set: "f.product_set",
  stars: "f.stars",
  channel: "f.channel",
} as const satisfies Partial<Record<keyof SalesFilters, string>>

/** The `where` of the facts the filters keep, with its bindings. */
export function salesWhere(filters: SalesFilters): { sql: string; bindings: unknown[] } {
  const clauses = ["f.deleted_at is null", "f.day >= ?", "f.day <= ?"]
  const bindings: unknown[] = [filters.from, filters.to]
  for (const [field, column] of Object.entries(FILTER_COLUMNS)) {
    const value = filters[field as keyof typeof FILTER_COLUMNS]
    if (value === undefined || value === null || value === "") continue
    clauses.push(`${column} = ?`)
    bindings.push(value)
  }
  return { sql: clauses.join(" and "), bindings }
}

// Each grouping: the key's SQL, and any join its label needs.
const GROUPINGS: Record<SalesGrouping, { key: string; label?: string; join?: string; order?: string }> = {
  group: { key: "f.product_group" },
  product_set: { key: "f.product_set::text", order: "min(f.product_set)" },
  stars: { key: "f.stars::text", order: "min(f.stars)" },
  district: { key: "f.former_district" },
  producer: { key: "f.producer_id", label: "max(p.name)", join: "left join producer p on p.id = f.producer_id" },
  channel: { key: "f.channel" },
  month: { key: "substr(f.day, 1, 7)" },
  product: { key: "f.product_id", label: "max(pr.title)", join: "left join product pr on pr.id = f.product_id" },
}

const NONE = { vi: "(không rõ)", en: "(unknown)" }

/** How a row's key reads in Vietnamese (or English) where the key is a code. */
export function salesLabel(by: SalesGrouping, key: string | null, joined: string | null, locale: "vi" | "en" = "vi") {
  if (key === null || key === "") return NONE[locale]
  if (by === "group") return `${key}. ${PRODUCT_GROUPS[key as ProductGroup]?.[locale] ?? key}`
  if (by === "product_set") return `${key}. ${PRODUCT_SETS[Number(key)]?.[locale] ?? key}`
  if (by === "stars") return locale === "vi" ? `${key} sao` : `${key} stars`
  if (by === "channel") return SALES_CHANNEL_LABELS[key as SalesChannel]?.[locale] ?? key
  return joined ?? key
}

const rowOf = (by: SalesGrouping, row: Record<string, unknown>, locale: "vi" | "en"): SalesRow => ({
  key: (row.key as string | null) ?? "",
  label: salesLabel(by, row.key as string | null, (row.label as string | null) ?? null, locale),
  quantity: Number(row.quantity),
  amount: Number(row.amount),
})

/** The SQL of `salesBy`: net quantity and amount per key, ordered by key (months in order). */
export function salesBySql(by: SalesGrouping, filters: SalesFilters) {
  const grouping = GROUPINGS[by]
  const where = salesWhere(filters)
  return {
    sql: `select ${grouping.key} as key, ${grouping.label ?? "null"} as label,
                 coalesce(sum(f.quantity), 0)::bigint as quantity, coalesce(sum(f.amount), 0)::bigint as amount
            from sales_fact f ${grouping.join ?? ""}
           where ${where.sql}
           group by 1
           order by ${grouping.order ?? "1"} nulls last`,
    bindings: where.bindings,
  }
}

/** Net quantity and amount of the facts the filters keep. */
export async function salesTotals(container: MedusaContainer, filters: SalesFilters) {
  const where = salesWhere(filters)
  const { rows } = await knexOf(container).raw(
    `select coalesce(sum(f.quantity), 0)::bigint as quantity, coalesce(sum(f.amount), 0)::bigint as amount
       from sales_fact f where ${where.sql}`,
    where.bindings
  )
  return { quantity: Number(rows[0]?.quantity ?? 0), amount: Number(rows[0]?.amount ?? 0) }
}

/** Net sales grouped `by` a dimension, a producer, a product or a month. */
export async function salesBy(
  container: MedusaContainer,
  by: SalesGrouping,
  filters: SalesFilters,
  locale: "vi" | "en" = "vi"
): Promise<SalesRow[]> {
  const { sql, bindings } = salesBySql(by, filters)
  const { rows } = await knexOf(container).raw(sql, bindings)
  return rows.map((row) => rowOf(by, row, locale))
}

const PERIOD_SQL: Record<TrendInterval, string> = {
  month: "substr(f.day, 1, 7)",
  quarter: "substr(f.day, 1, 4) || '-Q' || ((substr(f.day, 6, 2)::int + 2) / 3)",
  year: "substr(f.day, 1, 4)",
}

/** Net sales (VND) per month, quarter or year with a sale in the period (`periodKey`'s keys). */
export async function salesTrend(
  container: MedusaContainer,
  interval: TrendInterval,
  filters: SalesFilters
): Promise<IndicatorPoint[]> {
  const where = salesWhere(filters)
  const { rows } = await knexOf(container).raw(
    `select ${PERIOD_SQL[interval]} as period, coalesce(sum(f.amount), 0)::bigint as amount
       from sales_fact f where ${where.sql} group by 1 order by 1`,
    where.bindings
  )
  return rows.map((row) => ({
    period: String(row.period),
    value: Number(row.amount),
    numerator: null,
    denominator: null,
  }))
}

/** The producers whose net sales in the period are above zero (the "selling online" indicator). */
export async function producersWithSales(container: MedusaContainer, filters: SalesFilters): Promise<string[]> {
  const where = salesWhere(filters)
  const { rows } = await knexOf(container).raw(
    `select f.producer_id from sales_fact f where ${where.sql} group by f.producer_id having sum(f.amount) > 0`,
    where.bindings
  )
  return rows.map((row) => String(row.producer_id))
}

/** A sales fact as the export's detail sheet lists it. */
export type SalesFactLine = {
  id: string
  day: string
  kind: string
  order_id: string
  producer_name: string | null
  product_title: string | null
  channel: string
  product_group: string | null
  product_set: number | null
  stars: number | null
  former_district: string | null
  commune_code: string | null
  quantity: number
  amount: number
}

const PAGE = 2000

/**
 * The facts the filters keep, page by page in (day, id) order: an export of a year's lines reads
 * them as it writes them, never all at once.
 */
export async function* salesFactLines(
  container: MedusaContainer,
  filters: SalesFilters
): AsyncGenerator<SalesFactLine> {
  const knex = knexOf(container)
  const where = salesWhere(filters)
  let after: [string, string] | null = null
  for (;;) {
    const page: { rows: Record<string, unknown>[] } = await knex.raw(
      `select f.id, f.day, f.kind, f.order_id, p.name as producer_name, pr.title as product_title, f.channel,
              f.product_group, f.product_set, f.stars, f.former_district, f.commune_code, f.quantity,
              f.amount::bigint as amount
         from sales_fact f
         left join producer p on p.id = f.producer_id
         left join product pr on pr.id = f.product_id
        where ${where.sql} ${after ? "and (f.day, f.id) > (?, ?)" : ""}
        order by f.day, f.id
        limit ${PAGE}`,
      [...where.bindings, ...(after ?? [])]
    )
    for (const row of page.rows) {
      yield { ...(row as SalesFactLine), quantity: Number(row.quantity), amount: Number(row.amount) }
    }
    if (page.rows.length < PAGE) return
    const last = page.rows[page.rows.length - 1]
    after = [String(last.day), String(last.id)]
  }
}
