import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  CERTIFIED_STARS,
  LEGAL_FORMS,
  vietnamDate,
  type CertifiedStars,
  type LegalForm,
  type OcopStatisticsView,
} from "@ocop/shared"
import { PLACE_MODULE } from "../../modules/place"
import PlaceModuleService from "../../modules/place/service"

/** Certified products of one province, former district, star level and group. */
export type ProductCountRow = {
  province_code: string
  former_district: string | null
  stars: number
  product_group: string
  count: number
}

/** Active producers of one province, former district and kind. */
export type ProducerCountRow = {
  province_code: string
  former_district: string | null
  legal_form: LegalForm
  women_led: boolean
  ethnic_minority_led: boolean
  count: number
}

type PgConnection = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

// A product's current certificate is its newest one not revoked (currentCertificate in @ocop/shared);
// it counts while in force. The link tables are the ones links/product-ocop-*.ts define.
const PRODUCT_COUNTS_SQL = `
WITH current_certificate AS (
  SELECT DISTINCT ON (link.product_id) link.product_id, c.stars, c.product_group, c.expires_at
  FROM product_product_ocop_ocop_certificate link
  JOIN ocop_certificate c ON c.id = link.ocop_certificate_id AND c.deleted_at IS NULL
  WHERE link.deleted_at IS NULL AND c.revoked_at IS NULL
  ORDER BY link.product_id, c.decision_date DESC
)
SELECT o.province_code, o.former_district, cc.stars, cc.product_group, count(*)::int AS count
FROM current_certificate cc
JOIN product p ON p.id = cc.product_id AND p.deleted_at IS NULL
JOIN product_product_ocop_ocop_origin origin_link ON origin_link.product_id = cc.product_id AND origin_link.deleted_at IS NULL
JOIN ocop_origin o ON o.id = origin_link.ocop_origin_id AND o.deleted_at IS NULL
WHERE cc.expires_at > ? AND cc.stars >= 3
GROUP BY o.province_code, o.former_district, cc.stars, cc.product_group`

const PRODUCER_COUNTS_SQL = `
SELECT province_code, former_district, legal_form, women_led, ethnic_minority_led, count(*)::int AS count
FROM producer
WHERE deleted_at IS NULL AND status = 'active'
GROUP BY province_code, former_district, legal_form, women_led, ethnic_minority_led`

const byStars = (): Record<CertifiedStars, number> => ({ 3: 0, 4: 0, 5: 0 })
const isCertifiedStars = (stars: number): stars is CertifiedStars =>
  (CERTIFIED_STARS as readonly number[]).includes(stars)

/** The provinces with anything to show, most certified products first (then most producers, then by code). */
export function provincesWithData(products: ProductCountRow[], producers: ProducerCountRow[]) {
  const provinces = new Map<string, { province_code: string; products: number; producers: number }>()
  const entry = (code: string) =>
    provinces.get(code) ?? provinces.set(code, { province_code: code, products: 0, producers: 0 }).get(code)!
  for (const row of products) entry(row.province_code).products += row.count
  for (const row of producers) entry(row.province_code).producers += row.count
  return [...provinces.values()].sort(
    (a, b) => b.products - a.products || b.producers - a.producers || a.province_code.localeCompare(b.province_code)
  )
}

/**
 * One province's figures from the count rows of every province: products by stars and group,
 * producers by kind, and a row per former district (`districtNames`, the province's own list; a name
 * found only in the records is added; records naming no district make a last row without a name).
 */
export function buildOcopStatistics(
  provinceCode: string | null,
  products: ProductCountRow[],
  producers: ProducerCountRow[],
  districtNames: string[],
  now: Date
): OcopStatisticsView {
  const ownProducts = products.filter((row) => row.province_code === provinceCode && isCertifiedStars(row.stars))
  const ownProducers = producers.filter((row) => row.province_code === provinceCode)

  const stars = byStars()
  const groups = new Map<string, { group: string; total: number; by_stars: Record<CertifiedStars, number> }>()
  for (const row of ownProducts) {
    stars[row.stars as CertifiedStars] += row.count
    const group = groups.get(row.product_group) ?? { group: row.product_group, total: 0, by_stars: byStars() }
    group.total += row.count
    group.by_stars[row.stars as CertifiedStars] += row.count
    groups.set(row.product_group, group)
  }

  const legalForms = Object.fromEntries(LEGAL_FORMS.map((form) => [form, 0])) as Record<LegalForm, number>
  let womenLed = 0
  let ethnicMinorityLed = 0
  for (const row of ownProducers) {
    legalForms[row.legal_form] += row.count
    if (row.women_led) womenLed += row.count
    if (row.ethnic_minority_led) ethnicMinorityLed += row.count
  }

  const districts = new Map<string | null, { name: string | null; products: number; producers: number }>()
  const district = (name: string | null) =>
    districts.get(name) ?? districts.set(name, { name, products: 0, producers: 0 }).get(name)!
  for (const name of districtNames) district(name)
  for (const row of ownProducts) district(row.former_district || null).products += row.count
  for (const row of ownProducers) district(row.former_district || null).producers += row.count
  const named = [...districts.values()].filter((row) => row.name !== null)
  named.sort((a, b) => a.name!.localeCompare(b.name!, "vi"))
  const unnamed = districts.get(null)

  const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0)
  return {
    province_code: provinceCode,
    as_of: vietnamDate(now),
    products: {
      total: sum(ownProducts),
      by_stars: stars,
      by_group: [...groups.values()].sort((a, b) => a.group.localeCompare(b.group)),
    },
    producers: {
      total: sum(ownProducers),
      by_legal_form: legalForms,
      women_led: womenLed,
      ethnic_minority_led: ethnicMinorityLed,
    },
    districts: unnamed ? [...named, unnamed] : named,
    provinces: provincesWithData(products, producers),
  }
}

/**
 * The statistics of `provinceCode` (NOT_FOUND for a province that does not exist), or, without
 * one, of the province with the most certified products. Two grouped reads over every province
 * (a few hundred rows at most: they feed the province picker too) and the province's former districts.
 */
export async function readOcopStatistics(
  container: MedusaContainer,
  provinceCode: string | undefined,
  now = new Date()
): Promise<OcopStatisticsView> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as PgConnection
  const places = container.resolve<PlaceModuleService>(PLACE_MODULE)
  if (provinceCode) await places.retrieveProvinceByCode(provinceCode)
  const [productRows, producerRows] = await Promise.all([
    pg.raw(PRODUCT_COUNTS_SQL, [now]).then(({ rows }) => rows as ProductCountRow[]),
    pg.raw(PRODUCER_COUNTS_SQL).then(({ rows }) => rows as ProducerCountRow[]),
  ])
  const chosen = provinceCode ?? provincesWithData(productRows, producerRows)[0]?.province_code ?? null
  const districtNames = chosen
    ? [...new Set((await places.listFormerDistrictsOfProvince(chosen)).map((district) => district.name))]
    : []
  return buildOcopStatistics(chosen, productRows, producerRows, districtNames, now)
}
