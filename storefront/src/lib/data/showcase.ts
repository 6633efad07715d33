"use server"

import type { ProductDocument } from "../catalogue/search-types"
import { groupTiles, producerHandlesOf, provinceTiles, type GroupTile, type ProvinceTiles } from "../home/showcase"
import type { Producer } from "../ocop/types"
import { listProvinces } from "./places"
import { retrieveProducer } from "./producers"
import { searchShowcase } from "./search"

// Every read below goes through the search data file or the producer one, both kept under `catalogue`:
// the backend's product, price, stock, OCOP and producer events expire them (lib/cache-tags.ts).

/** The six OCOP groups with how many products each has on sale. */
export async function listGroupTiles(): Promise<GroupTile[]> {
  const { facets } = await searchShowcase({ facets: ["product_group"] })
  return groupTiles(facets.product_group)
}

/** Up to `take` products in stock whose valid certificate has exactly `stars`, and how many there are. */
export async function listStarredProducts(
  stars: 4 | 5,
  take: number
): Promise<{ products: ProductDocument[]; total: number }> {
  const { products, total } = await searchShowcase({
    filters: { stars: { $gte: stars, $lt: stars + 1 }, in_stock: true },
    take,
  })
  return { products, total }
}

/** Each province with products and its former districts, with counts (the marketplace "by district"). */
export async function listProvinceTiles(): Promise<ProvinceTiles[]> {
  const [provinces, { facets }] = await Promise.all([listProvinces(), searchShowcase({ facets: ["province_code"] })])
  const withProducts = facets.province_code.filter((entry) => entry.count > 0)
  const districts = await Promise.all(
    withProducts.map(async (entry) => {
      const { facets: own } = await searchShowcase({
        filters: { province_code: entry.value },
        facets: ["former_district"],
      })
      return [entry.value, own.former_district] as const
    })
  )
  return provinceTiles(provinces, withProducts, Object.fromEntries(districts))
}

export type ProducerStory = Producer & { kinds: ("women_led" | "ethnic_minority_led")[] }

/**
 * Up to `perKind` women-led and `perKind` ethnic-minority-led producers with products on sale, with
 * their stories (a producer that is both shows once, under both).
 */
export async function listProducerStories(perKind: number): Promise<ProducerStory[]> {
  // A producer has a few dozen products at most, so 100 products name enough distinct producers.
  const [women, ethnic] = await Promise.all([
    searchShowcase({ filters: { women_led: true }, take: 100 }),
    searchShowcase({ filters: { ethnic_minority_led: true }, take: 100 }),
  ])
  const handles = [
    ...new Set([...producerHandlesOf(women.products, perKind), ...producerHandlesOf(ethnic.products, perKind)]),
  ]
  const producers = await Promise.all(handles.map((handle) => retrieveProducer(handle)))
  return producers
    .filter((producer): producer is Producer => producer !== null)
    .map((producer) => ({
      ...producer,
      kinds: [
        ...(producer.women_led ? ["women_led" as const] : []),
        ...(producer.ethnic_minority_led ? ["ethnic_minority_led" as const] : []),
      ],
    }))
}
