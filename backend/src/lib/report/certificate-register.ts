import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REGISTER_STATUS_VI, RegisterStatus } from "@ocop/shared"
import { reportPeriod } from "./report-filters"
import { ReportSheet } from "./report-workbook"

type Pg = { raw: (sql: string, bindings?: Record<string, unknown>) => Promise<{ rows: Record<string, unknown>[] }> }

/** One certified product as the ministry's register (table PTNT_OCOP, 5277/QĐ-BNNMT) lists it. */
export type RegisterRow = {
  product_code: string
  commune_code: string | null
  period_code: string
  title: string
  stars: number
  producer: string | null
  revenue: number
  status: RegisterStatus
}

const PAGE = 1000

// Each product with its latest certificate decided by the day, its origin, producer and the year's net sales.
const PAGE_SQL = (province: boolean) => `
  SELECT p.id AS product_id, p.title, p.handle, o.traceability_code, o.commune_code, pr.name AS producer_name,
    c.programme_year, c.stars, c.expires_at, c.revoked_at, s.revenue
  FROM product p
  JOIN LATERAL (
    SELECT c.* FROM product_product_ocop_ocop_certificate pc
    JOIN ocop_certificate c ON c.id = pc.ocop_certificate_id AND c.deleted_at IS NULL
    WHERE pc.product_id = p.id AND pc.deleted_at IS NULL AND c.decision_date < :end_before
    ORDER BY c.decision_date DESC, c.id DESC LIMIT 1
  ) c ON TRUE
  LEFT JOIN product_product_ocop_ocop_origin po ON po.product_id = p.id AND po.deleted_at IS NULL
  LEFT JOIN ocop_origin o ON o.id = po.ocop_origin_id AND o.deleted_at IS NULL
  LEFT JOIN product_product_producer_producer pp ON pp.product_id = p.id AND pp.deleted_at IS NULL
  LEFT JOIN producer pr ON pr.id = pp.producer_id
  LEFT JOIN LATERAL (
    SELECT coalesce(sum(f.amount), 0) AS revenue FROM sales_fact f
    WHERE f.product_id = p.id AND f.deleted_at IS NULL AND f.day >= :year_start AND f.day <= :as_of
  ) s ON TRUE
  WHERE p.deleted_at IS NULL AND p.id > :after ${province ? "AND o.province_code = :province_code" : ""}
  ORDER BY p.id LIMIT ${PAGE}`

/**
 * The certified products of a province (or of all) on `asOf`, a page of rows at a time, so that an
 * export streams them: each product with the certificate in force or last held (revoked, expired).
 */
export async function* registerRows(
  container: MedusaContainer,
  options: { province_code?: string; as_of: string }
): AsyncGenerator<RegisterRow> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Pg
  const { end_before } = reportPeriod("day", options.as_of, options.as_of)
  const endBefore = new Date(end_before)
  let after = ""
  for (;;) {
    const { rows } = await pg.raw(PAGE_SQL(Boolean(options.province_code)), {
      end_before,
      as_of: options.as_of,
      year_start: `${options.as_of.slice(0, 4)}-01-01`,
      after,
      ...(options.province_code ? { province_code: options.province_code } : {}),
    })
    for (const row of rows) {
      const revoked = row.revoked_at && new Date(row.revoked_at as string) < endBefore
      const expired = new Date(row.expires_at as string) < endBefore
      yield {
        product_code: (row.traceability_code as string | null) ?? (row.handle as string),
        commune_code: (row.commune_code as string | null) ?? null,
        period_code: String(row.programme_year),
        title: row.title as string,
        stars: Number(row.stars),
        producer: (row.producer_name as string | null) ?? null,
        revenue: Number(row.revenue ?? 0),
        status: revoked ? "revoked" : expired ? "expired" : "active",
      }
    }
    if (rows.length < PAGE) return
    after = rows[rows.length - 1].product_id as string
  }
}

/** The register sheet: the ministry's PTNT_OCOP columns with Vietnamese headers. */
export function registerSheet(rows: AsyncIterable<RegisterRow>): ReportSheet<RegisterRow> {
  return {
    name: "PTNT_OCOP",
    columns: [
      { header: "Mã sản phẩm", width: 24, kind: "text", value: (row) => row.product_code },
      { header: "Mã đơn vị hành chính", width: 20, kind: "text", value: (row) => row.commune_code },
      { header: "Mã kỳ", width: 10, kind: "text", value: (row) => row.period_code },
      { header: "Tên sản phẩm", width: 48, kind: "text", value: (row) => row.title },
      { header: "Số sao", width: 8, kind: "count", value: (row) => row.stars },
      { header: "Chủ thể", width: 40, kind: "text", value: (row) => row.producer },
      { header: "Doanh thu năm", width: 18, kind: "vnd", value: (row) => row.revenue },
      { header: "Trạng thái", width: 16, kind: "text", value: (row) => REGISTER_STATUS_VI[row.status] },
    ],
    rows,
  }
}
