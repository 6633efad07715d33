import { PRODUCT_GROUPS, type ProductGroup } from "../catalogue/facet-options"
import { GROUP_SLUGS, slugify } from "../catalogue/slugs"
import type { FacetCount, ProductDocument } from "../catalogue/search-types"
import type { Place } from "../places/types"

export type GroupTile = { group: ProductGroup; slug: string; count: number }
export type DistrictTile = { name: string; href: string; count: number }
export type ProvinceTiles = { code: string; name: string; href: string; count: number; districts: DistrictTile[] }

const byCountThenName = (a: { name: string; count: number }, b: { name: string; count: number }) =>
  b.count - a.count || a.name.localeCompare(b.name, "vi")

/** The six OCOP groups in the programme's order, each with how many products it has on sale (0 when none). */
export function groupTiles(counts: readonly FacetCount[]): GroupTile[] {
  const countOf = new Map(counts.map((entry) => [entry.value, entry.count]))
  return PRODUCT_GROUPS.map((group) => ({ group, slug: GROUP_SLUGS[group], count: countOf.get(group) ?? 0 }))
}

/**
 * The provinces with products (most first), each with its former districts (most first) linking to
 * `/districts/<province>/<district>`, the catalogue filtered to that district. A province whose name
 * the backend lacks is left out: its district pages could not be addressed either.
 */
export function provinceTiles(
  provinces: readonly Place[],
  provinceCounts: readonly FacetCount[],
  districtCounts: Readonly<Record<string, readonly FacetCount[]>>
): ProvinceTiles[] {
  const nameOf = new Map(provinces.map((province) => [province.code, province.name]))
  return provinceCounts
    .filter((entry) => entry.count > 0 && nameOf.has(entry.value))
    .map((entry) => {
      const name = nameOf.get(entry.value)!
      const slug = slugify(name)
      const districts = (districtCounts[entry.value] ?? [])
        .filter((district) => district.count > 0)
        .map((district) => ({
          name: district.value,
          href: `/districts/${slug}/${slugify(district.value)}`,
          count: district.count,
        }))
        .sort(byCountThenName)
      return { code: entry.value, name, href: `/products?province=${entry.value}`, count: entry.count, districts }
    })
    .sort(byCountThenName)
}

/** The first `limit` distinct producers of `products`, in the order their products came. */
export function producerHandlesOf(products: readonly ProductDocument[], limit: number): string[] {
  const handles: string[] = []
  for (const product of products) {
    if (handles.length === limit) break
    if (product.producer_handle && !handles.includes(product.producer_handle)) handles.push(product.producer_handle)
  }
  return handles
}
