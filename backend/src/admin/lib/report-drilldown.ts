import type { BreakdownRow } from "@ocop/shared"

/**
 * Where the drill-down stands: inside the plan's province, optionally one former district, one
 * commune, one producer. The names ride along in the URL only to label the breadcrumb; the API
 * reads the codes.
 */
export type DrillScope = {
  province_code: string
  district?: string
  commune_code?: string
  commune_name?: string
  producer_id?: string
  producer_name?: string
}

export type DrillLevel = BreakdownRow["level"]

export const DRILL_LEVEL_LABELS: Record<DrillLevel, { vi: string; en: string }> = {
  district: { vi: "Huyện (cũ)", en: "Former district" },
  commune: { vi: "Xã, phường", en: "Commune" },
  producer: { vi: "Chủ thể", en: "Producer" },
  product: { vi: "Sản phẩm", en: "Product" },
}

/** The rows the scope shows: the province's districts, a district's communes, a commune's producers, a producer's products. */
export function drillLevel(scope: DrillScope): DrillLevel {
  if (scope.producer_id) return "product"
  if (scope.commune_code) return "producer"
  if (scope.district) return "commune"
  return "district"
}

/** The scope behind one row (one level down); null for a product, the last level. */
export function drillInto(scope: DrillScope, row: Pick<BreakdownRow, "level" | "code" | "name">): DrillScope | null {
  if (row.level === "district") return { province_code: scope.province_code, district: row.code }
  if (row.level === "commune") return { ...scope, commune_code: row.code, commune_name: row.name }
  if (row.level === "producer") return { ...scope, producer_id: row.code, producer_name: row.name }
  return null
}

/** The breadcrumb from the province down to the scope; each crumb's scope goes back up to it. */
export function drillCrumbs(scope: DrillScope, provinceName: string): { label: string; scope: DrillScope }[] {
  const crumbs = [{ label: provinceName, scope: { province_code: scope.province_code } as DrillScope }]
  if (scope.district)
    crumbs.push({ label: scope.district, scope: { ...crumbs.at(-1)!.scope, district: scope.district } })
  if (scope.commune_code) {
    crumbs.push({
      label: scope.commune_name || scope.commune_code,
      scope: { ...crumbs.at(-1)!.scope, commune_code: scope.commune_code, commune_name: scope.commune_name },
    })
  }
  if (scope.producer_id) {
    crumbs.push({
      label: scope.producer_name || scope.producer_id,
      scope: { ...crumbs.at(-1)!.scope, producer_id: scope.producer_id, producer_name: scope.producer_name },
    })
  }
  return crumbs
}

/** The URL parameters of a scope below the province, every one named so a move up clears the deeper ones. */
export function drillParams(scope: DrillScope): Record<Exclude<keyof DrillScope, "province_code">, string | undefined> {
  return {
    district: scope.district,
    commune_code: scope.commune_code,
    commune_name: scope.commune_name,
    producer_id: scope.producer_id,
    producer_name: scope.producer_name,
  }
}
