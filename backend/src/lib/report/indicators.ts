import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  BreakdownLevel,
  BreakdownRow,
  IndicatorCode,
  indicatorFigure,
  IndicatorPoint,
  INDICATORS,
  TrendInterval,
} from "@ocop/shared"
import { ReportFilterValues, ReportPeriod, reportPeriod, trendPeriods } from "./report-filters"

/*
 * The plan indicators computed from the marketplace's own records, one SQL statement per call
 * whatever the number of periods or rows: every query takes a list of periods (one for a value,
 * one per month/quarter/year for a trend) and a drill-down level, and answers one row per period
 * and place/producer/product with what the indicator counts (numerator) and divides by (denominator).
 * The records live in several modules (products, certificates and origins, producers, sales facts,
 * experiences), so this reads their tables and link tables directly, as a read model.
 */

type Pg = { raw: (sql: string, bindings?: Record<string, unknown>) => Promise<{ rows: Record<string, unknown>[] }> }

export type IndicatorValue = { value: number | null; numerator: number | null; denominator: number | null }

type Family = "product" | "producer" | "sales" | "tourism"

const FAMILY: Record<IndicatorCode, Family> = {
  certified_3_star_new: "product",
  certified_3_star_total: "product",
  certified_4_star_total: "product",
  certified_5_star: "product",
  expired_renewed_share: "product",
  products_at_events_share: "product",
  producers_total: "producer",
  producers_organised_share: "producer",
  producers_women_led_share: "producer",
  producers_ethnic_minority_share: "producer",
  producers_value_chain_share: "producer",
  producers_selling_online_share: "producer",
  sales_vnd: "sales",
  sales_growth_share: "sales",
  tourism_products: "tourism",
}

/** Whether an indicator can be broken down to `level` (a producer indicator has no product rows). */
export const breakdownAllowed = (code: IndicatorCode, level: BreakdownLevel) =>
  !(FAMILY[code] === "producer" && level === "product")

// A query's rows are grouped by this expression over the family's columns (province_code,
// former_district, commune_code, producer_id, product_id).
const DIMENSION: Record<BreakdownLevel | "none", (alias: string) => string> = {
  none: () => "CAST(NULL AS text)",
  district: (alias) => `${alias}.former_district`,
  commune: (alias) => `${alias}.commune_code`,
  producer: (alias) => `${alias}.producer_id`,
  product: (alias) => `${alias}.product_id`,
}

type Columns = { province: string; district: string; commune: string; producer: string }

/** The place and producer filters over a family's own columns. */
function scopeSql(filters: ReportFilterValues, columns: Columns) {
  return [
    filters.province_code ? `AND ${columns.province} = :province_code` : "",
    filters.district ? `AND ${columns.district} = :district` : "",
    filters.commune_code ? `AND ${columns.commune} = :commune_code` : "",
    filters.producer_id ? `AND ${columns.producer} = :producer_id` : "",
  ].join(" ")
}

/** The group, product set and stars filters over a certificate (or a sales fact's copy of one). */
function certificateSql(filters: ReportFilterValues, alias: string) {
  return [
    filters.group ? `AND ${alias}.product_group = :group` : "",
    filters.product_set ? `AND ${alias}.product_set = :product_set` : "",
    filters.stars ? `AND ${alias}.stars = :stars` : "",
  ].join(" ")
}

const PERIODS = `periods AS (
  SELECT * FROM json_to_recordset(CAST(:periods AS json)) AS p(
    key text, start_day text, end_day text, start_at timestamptz, end_before timestamptz,
    prev_start_day text, prev_end_day text
  )
)`

// Products with their origin and producer, and their certificates (each with the date of the next one).
function productCtes(filters: ReportFilterValues) {
  return `products AS (
    SELECT p.id AS product_id, o.province_code, o.former_district, o.commune_code, pp.producer_id
    FROM product p
    LEFT JOIN product_product_ocop_ocop_origin po ON po.product_id = p.id AND po.deleted_at IS NULL
    LEFT JOIN ocop_origin o ON o.id = po.ocop_origin_id AND o.deleted_at IS NULL
    LEFT JOIN product_product_producer_producer pp ON pp.product_id = p.id AND pp.deleted_at IS NULL
    WHERE p.deleted_at IS NULL
      ${scopeSql(filters, { province: "o.province_code", district: "o.former_district", commune: "o.commune_code", producer: "pp.producer_id" })}
  ),
  certificates AS (
    SELECT s.*, c.stars, c.product_set, c.product_group, c.decision_date, c.expires_at, c.revoked_at,
      lead(c.decision_date) OVER (PARTITION BY s.product_id ORDER BY c.decision_date, c.id) AS next_decision_date
    FROM products s
    JOIN product_product_ocop_ocop_certificate pc ON pc.product_id = s.product_id AND pc.deleted_at IS NULL
    JOIN ocop_certificate c ON c.id = pc.ocop_certificate_id AND c.deleted_at IS NULL
    WHERE c.stars >= 3
  )`
}

// A certificate in force at the end of period p: decided by then, neither expired nor revoked.
const inForceAtEnd = (c: string) =>
  `${c}.decision_date < p.end_before AND ${c}.expires_at >= p.end_before ` +
  `AND (${c}.revoked_at IS NULL OR ${c}.revoked_at >= p.end_before)`

function productSql(code: IndicatorCode, filters: ReportFilterValues, dim: (alias: string) => string) {
  const head = `WITH ${PERIODS}, ${productCtes(filters)}`
  if (code === "certified_3_star_new") {
    // A product is new in the period its first ★3+ certificate was decided in.
    return `${head},
    firsts AS (
      SELECT DISTINCT ON (product_id) * FROM certificates ORDER BY product_id, decision_date, stars DESC
    )
    SELECT p.key AS period, ${dim("f")} AS dim, count(*) AS numerator, NULL AS denominator
    FROM periods p JOIN firsts f ON f.decision_date >= p.start_at AND f.decision_date < p.end_before
    WHERE TRUE ${certificateSql(filters, "f")}
    GROUP BY 1, 2`
  }
  if (code === "expired_renewed_share") {
    // Certificates that ran out in the period (a revocation before the expiry is not an expiry),
    // and whether a later one was decided by the period's end.
    return `${head},
    expired AS (
      SELECT p.key AS period, c.*, (c.next_decision_date IS NOT NULL AND c.next_decision_date < p.end_before) AS renewed
      FROM periods p JOIN certificates c ON c.expires_at >= p.start_at AND c.expires_at < p.end_before
      WHERE (c.revoked_at IS NULL OR c.revoked_at >= c.expires_at) ${certificateSql(filters, "c")}
    )
    SELECT e.period, ${dim("e")} AS dim, count(DISTINCT e.product_id) FILTER (WHERE e.renewed) AS numerator,
      count(DISTINCT e.product_id) AS denominator
    FROM expired e GROUP BY 1, 2`
  }
  if (code === "products_at_events_share") {
    return `${head},
    certified AS (
      SELECT DISTINCT p.key AS period, c.product_id, c.province_code, c.former_district, c.commune_code, c.producer_id
      FROM periods p JOIN certificates c ON ${inForceAtEnd("c")}
      WHERE TRUE ${certificateSql(filters, "c")}
    ),
    shown AS (
      SELECT DISTINCT p.key AS period, ep.product_id
      FROM periods p
      JOIN promotion_event e ON e.deleted_at IS NULL AND e.starts_at < p.end_before AND e.ends_at >= p.start_at
      JOIN promotion_event_product ep ON ep.event_id = e.id AND ep.deleted_at IS NULL
    )
    SELECT c.period, ${dim("c")} AS dim, count(sh.product_id) AS numerator, count(*) AS denominator
    FROM certified c LEFT JOIN shown sh ON sh.period = c.period AND sh.product_id = c.product_id
    GROUP BY 1, 2`
  }
  const minStars = code === "certified_5_star" ? 5 : code === "certified_4_star_total" ? 4 : 3
  return `${head}
    SELECT p.key AS period, ${dim("c")} AS dim, count(DISTINCT c.product_id) AS numerator, NULL AS denominator
    FROM periods p JOIN certificates c ON ${inForceAtEnd("c")}
    WHERE c.stars >= ${minStars} ${certificateSql(filters, "c")}
    GROUP BY 1, 2`
}

const PRODUCER_CONDITION: Partial<Record<IndicatorCode, string>> = {
  producers_organised_share: "s.legal_form IN ('enterprise', 'cooperative')",
  producers_women_led_share: "s.women_led",
  producers_ethnic_minority_share: "s.ethnic_minority_led",
  producers_value_chain_share: "s.in_value_chain",
  producers_selling_online_share: "sl.producer_id IS NOT NULL",
}

function producerSql(code: IndicatorCode, filters: ReportFilterValues, dim: (alias: string) => string) {
  const certified =
    filters.group || filters.product_set || filters.stars
      ? `AND EXISTS (
          SELECT 1 FROM product_product_producer_producer pp
          JOIN product_product_ocop_ocop_certificate pc ON pc.product_id = pp.product_id AND pc.deleted_at IS NULL
          JOIN ocop_certificate c ON c.id = pc.ocop_certificate_id AND c.deleted_at IS NULL
          WHERE pp.producer_id = pr.id AND pp.deleted_at IS NULL ${certificateSql(filters, "c")}
        )`
      : ""
  const selling = code === "producers_selling_online_share"
  return `WITH ${PERIODS},
    producers AS (
      SELECT pr.id AS producer_id, pr.province_code, pr.former_district, pr.commune_code, pr.legal_form,
        pr.women_led, pr.ethnic_minority_led, pr.in_value_chain
      FROM producer pr
      WHERE pr.deleted_at IS NULL AND pr.status = 'active'
        ${scopeSql(filters, { province: "pr.province_code", district: "pr.former_district", commune: "pr.commune_code", producer: "pr.id" })}
        ${certified}
    )${
      selling
        ? `,
    selling AS (
      SELECT p.key AS period, f.producer_id
      FROM periods p JOIN sales_fact f ON f.day >= p.start_day AND f.day <= p.end_day AND f.deleted_at IS NULL
      WHERE TRUE ${filters.channel ? "AND f.channel = :channel" : ""} ${certificateSql(filters, "f")}
      GROUP BY 1, 2 HAVING sum(f.amount) > 0
    )`
        : ""
    }
    SELECT p.key AS period, ${dim("s")} AS dim,
      count(*) ${PRODUCER_CONDITION[code] ? `FILTER (WHERE ${PRODUCER_CONDITION[code]})` : ""} AS numerator,
      ${code === "producers_total" ? "NULL" : "count(*)"} AS denominator
    FROM periods p CROSS JOIN producers s
    ${selling ? "LEFT JOIN selling sl ON sl.period = p.key AND sl.producer_id = s.producer_id" : ""}
    GROUP BY 1, 2`
}

function salesSql(code: IndicatorCode, filters: ReportFilterValues, dim: (alias: string) => string) {
  const inPeriod = "f.day >= p.start_day AND f.day <= p.end_day"
  const yearBefore = "f.day >= p.prev_start_day AND f.day <= p.prev_end_day"
  const growth = code === "sales_growth_share"
  return `WITH ${PERIODS}
    SELECT p.key AS period, ${dim("f")} AS dim,
      coalesce(sum(f.amount) ${growth ? `FILTER (WHERE ${inPeriod})` : ""}, 0) AS numerator,
      ${growth ? `coalesce(sum(f.amount) FILTER (WHERE ${yearBefore}), 0)` : "NULL"} AS denominator
    FROM periods p JOIN sales_fact f ON (${inPeriod}${growth ? ` OR ${yearBefore}` : ""}) AND f.deleted_at IS NULL
    WHERE TRUE
      ${scopeSql(filters, { province: "f.province_code", district: "f.former_district", commune: "f.commune_code", producer: "f.producer_id" })}
      ${filters.channel ? "AND f.channel = :channel" : ""} ${certificateSql(filters, "f")}
    GROUP BY 1, 2`
}

// Published experiences by the end of each period, placed by their commune and their host's former district.
function tourismSql(filters: ReportFilterValues, dim: (alias: string) => string) {
  return `WITH ${PERIODS},
    experiences AS (
      SELECT e.product_id, e.producer_id, e.province_code, e.commune_code, pr.former_district, e.created_at
      FROM experience e LEFT JOIN producer pr ON pr.id = e.producer_id
      WHERE e.deleted_at IS NULL AND e.status = 'published'
        ${scopeSql(filters, { province: "e.province_code", district: "pr.former_district", commune: "e.commune_code", producer: "e.producer_id" })}
    )
    SELECT p.key AS period, ${dim("x")} AS dim, count(*) AS numerator, NULL AS denominator
    FROM periods p JOIN experiences x ON x.created_at < p.end_before
    GROUP BY 1, 2`
}

type Counted = { period: string; dim: string | null; numerator: number; denominator: number | null }

async function countIndicator(
  container: MedusaContainer,
  code: IndicatorCode,
  filters: ReportFilterValues,
  periods: ReportPeriod[],
  level: BreakdownLevel | "none"
): Promise<Counted[]> {
  const dim = DIMENSION[level]
  const family = FAMILY[code]
  const sql =
    family === "product"
      ? productSql(code, filters, dim)
      : family === "producer"
        ? producerSql(code, filters, dim)
        : family === "sales"
          ? salesSql(code, filters, dim)
          : tourismSql(filters, dim)
  const bindings: Record<string, unknown> = { periods: JSON.stringify(periods) }
  for (const name of [
    "province_code",
    "district",
    "commune_code",
    "producer_id",
    "group",
    "product_set",
    "stars",
    "channel",
  ]) {
    const value = filters[name as keyof ReportFilterValues]
    if (value !== undefined && sql.includes(`:${name}`)) bindings[name] = value
  }
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Pg
  const { rows } = await pg.raw(sql, bindings)
  return rows.map((row) => ({
    period: row.period as string,
    dim: (row.dim as string | null) ?? null,
    numerator: Number(row.numerator ?? 0),
    denominator: row.denominator === null || row.denominator === undefined ? null : Number(row.denominator),
  }))
}

const isShare = (code: IndicatorCode) => INDICATORS[code].unit === "share"

function summed(code: IndicatorCode, rows: Counted[]): IndicatorValue {
  const numerator = rows.reduce((sum, row) => sum + row.numerator, 0)
  const denominator = isShare(code) ? rows.reduce((sum, row) => sum + (row.denominator ?? 0), 0) : null
  return { value: indicatorFigure(code, numerator, denominator), numerator, denominator }
}

/**
 * An indicator over the filters' period: a count or VND total as `value` with `numerator` the same,
 * or a share in percent of `numerator` over `denominator` (value null when there is nothing to divide).
 */
export async function indicatorValue(
  container: MedusaContainer,
  code: IndicatorCode,
  filters: ReportFilterValues
): Promise<IndicatorValue> {
  const rows = await countIndicator(container, code, filters, [reportPeriod("all", filters.from, filters.to)], "none")
  return summed(code, rows)
}

/** The indicator per month, quarter or year of the filters' period (a share with nothing to divide is 0). */
export async function indicatorTrend(
  container: MedusaContainer,
  code: IndicatorCode,
  interval: TrendInterval,
  filters: ReportFilterValues
): Promise<IndicatorPoint[]> {
  const periods = trendPeriods(filters.from, filters.to, interval)
  const rows = await countIndicator(container, code, filters, periods, "none")
  return periods.map(({ key }) => {
    const { value, numerator, denominator } = summed(
      code,
      rows.filter((row) => row.period === key)
    )
    return { period: key, value: value ?? 0, numerator, denominator }
  })
}

type Names = Map<string, string>

async function namesOf(container: MedusaContainer, level: BreakdownLevel, codes: string[]): Promise<Names> {
  if (level === "district" || !codes.length) return new Map(codes.map((code) => [code, code]))
  const sql = {
    commune: "SELECT code AS code, name FROM commune WHERE deleted_at IS NULL AND code",
    producer: "SELECT id AS code, name FROM producer WHERE id",
    product: "SELECT id AS code, title AS name FROM product WHERE id",
  }[level]
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Pg
  const { rows } = await pg.raw(`${sql} IN (SELECT json_array_elements_text(CAST(:codes AS json)))`, {
    codes: JSON.stringify(codes),
  })
  return new Map(rows.map((row) => [row.code as string, row.name as string]))
}

// Rows without a place (a product without an origin, a producer without a former district).
export const UNPLACED = { code: "", name: "Chưa xác định" }

/**
 * The indicator over the filters' period per former district, commune, producer or product in the
 * filters' scope, largest first. The rows of a count add up to the indicator's value over the scope.
 */
export async function indicatorBreakdown(
  container: MedusaContainer,
  code: IndicatorCode,
  level: BreakdownLevel,
  filters: ReportFilterValues
): Promise<BreakdownRow[]> {
  if (!breakdownAllowed(code, level))
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `level: ${code} counts producers; it has no ${level} rows`)
  const rows = await countIndicator(container, code, filters, [reportPeriod("all", filters.from, filters.to)], level)
  const codes = rows.map((row) => row.dim).filter((dim): dim is string => dim !== null)
  const names = await namesOf(container, level, codes)
  return rows
    .map((row): BreakdownRow => {
      const figure = indicatorFigure(code, row.numerator, row.denominator)
      return {
        level,
        code: row.dim ?? UNPLACED.code,
        name: row.dim === null ? UNPLACED.name : (names.get(row.dim) ?? row.dim),
        value: figure ?? 0,
        numerator: row.numerator,
        denominator: row.denominator,
      }
    })
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, "vi"))
}
