import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { foldVietnamese } from "@ocop/shared"
import { adminHeaders } from "../../utils/admin"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { seedOwnMarketplace } from "../../utils/seeded-template"
import { createBoxProduct, ProductDocument, productSearchClient } from "./product-search-client"

export type ProviderTraits = {
  name: string
  /** Whether the engine forgives a mistyped letter ("thuoot" for "thuot"). */
  typo_tolerance: boolean
  /** Resolves once the engine has applied every write it accepted (an engine with a task queue). */
  settled?: () => Promise<void>
}

type RunnerOptions = { api: any; getContainer: () => MedusaContainer }

// The search specs watch the catalogue reach the index by its events, so they seed for themselves
// instead of booting from a copy of the run's seeded template.
seedOwnMarketplace()

// Every value facet the storefront offers, with how its values read back as filters.
const VALUE_FACETS: Record<string, (value: string) => unknown> = {
  product_group: String,
  product_set: String,
  certificate_status: String,
  province_code: String,
  former_district: String,
  commune_code: String,
  legal_form: String,
  women_led: (v) => v === "true",
  ethnic_minority_led: (v) => v === "true",
  in_stock: (v) => v === "true",
  wholesale: (v) => v === "true",
}

const STAR_RANGES = [
  { key: "3", from: 3, to: 4 },
  { key: "4", from: 4, to: 5 },
  { key: "5", from: 5 },
]

/** One POST /store/search query of the contract: its filters and the rest of the body. */
export type ContractQuery = { filters: Record<string, unknown>; extra?: Record<string, any> }

const PRICE_RANGES = [
  { key: "under-100k", to: 100_000 },
  { key: "100k-300k", from: 100_000, to: 300_000 },
  { key: "300k-up", from: 300_000 },
]

/**
 * The queries this contract sends, as a list: the direct Meilisearch path's contract
 * (direct-search-contract.ts) runs each of them there and must answer the same ids and counts.
 */
export const CONTRACT_QUERIES: ContractQuery[] = [
  { filters: { q: "ca phe buon ma thuot" } },
  { filters: { q: "cà phê Buôn Ma Thuột" } },
  { filters: { q: "dien bien" } },
  { filters: { q: "buon ma thuot" } },
  { filters: { q: "buon ma thuoot" } },
  { filters: { q: "coffee" } },
  ...Object.keys(VALUE_FACETS).map((field) => ({ filters: {}, extra: { search_options: { facets: [field] } } })),
  { filters: { women_led: true }, extra: { search_options: { count: "exact" } } },
  { filters: { product_set: "3" }, extra: { search_options: { count: "exact" } } },
  {
    filters: { stars: { $gte: 4 }, province_code: "66" },
    extra: {
      search_options: {
        facets: [
          { field: "former_district", limit: 100 },
          { field: "stars", type: "range", ranges: STAR_RANGES },
        ],
        count: "exact",
      },
    },
  },
  { filters: {}, extra: { search_options: { facets: [{ field: "price_min", type: "range", ranges: PRICE_RANGES }] } } },
  { filters: { price_min: { $gte: 100_000, $lt: 300_000 } }, extra: { search_options: { count: "exact" } } },
  ...(["price_min", "stars", "created_at"] as const).flatMap((field) =>
    (["ASC", "DESC"] as const).map((direction) => ({
      filters: { q: "mat ong" },
      extra: { pagination: { take: 50, order: { [field]: direction } } },
    }))
  ),
  { filters: { province_code: "66" }, extra: { search_options: { count: "exact" } } },
  {
    filters: { province_code: "66" },
    extra: { pagination: { take: 7, skip: 7, order: { price_min: "ASC", id: "ASC" } } },
  },
  { filters: { certificate_status: "active", stars: { $gte: 4 } }, extra: { pagination: { take: 1 } } },
  { filters: { in_stock: true }, extra: { pagination: { take: 1 } } },
  { filters: { legal_form: "cooperative" }, extra: { pagination: { take: 1 } } },
  // The catalogue's own shape: disjunctive facets, the chosen group and province relaxed for their counts.
  {
    filters: { q: "ca phe", product_group: "I", province_code: "66" },
    extra: {
      search_options: {
        facets: ["product_group", { field: "province_code", limit: 50 }, "legal_form", "in_stock"],
        disjunctive_facets: true,
        count: "exact",
      },
      pagination: { take: 24 },
    },
  },
]

// The target: a change shows in search within 2 seconds.
const SYNC_LIMIT_MS = 2_000

/**
 * What our product index promises the storefront, whichever engine serves it. Each provider's
 * spec file calls this once; only what an engine cannot do (typo tolerance) differs by traits.
 */
export function productSearchContract({ api, getContainer }: RunnerOptions, traits: ProviderTraits) {
  let search: ReturnType<typeof productSearchClient>
  let admin: { headers: Record<string, string> }
  let catalogue: { title: string; handle: string }[]
  let salesChannelId: string
  let publishableKey: string

  beforeAll(async () => {
    // The app seeds its indexes in the background after boot; events that arrive before the
    // index has an active version are refused, so the catalogue waits for it.
    const searchModule = getContainer().resolve(Modules.SEARCH)
    await vi.waitFor(async () => expect((await searchModule.listIndexes()).map((i) => i.status)).toEqual(["ready"]), {
      timeout: 60_000,
      interval: 200,
    })
    const setup = await setupSeededMarketplace(getContainer())
    search = productSearchClient(api, setup.publishableKey)
    publishableKey = setup.publishableKey
    admin = await adminHeaders(api, getContainer())
    salesChannelId = setup.salesChannelId
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "title", "handle"] })
    catalogue = data
    // Seeding runs in the background and the OCOP data follows the products by event:
    // wait until every product is in with its certificate.
    await vi.waitFor(
      async () => {
        expect((await search.products({}, { search_options: { count: "exact" } })).count).toBe(catalogue.length)
        expect((await search.products({ certificate_status: "none" })).hits).toHaveLength(0)
      },
      { timeout: 100_000, interval: 500 }
    )
    // The catalogue's last refreshes may still be queued; a sync test must not wait behind them.
    await traits.settled?.()
  })

  /** Polls until `check` holds and returns how long it took; fails past the sync limit. */
  const timeUntil = async (check: () => Promise<void>) => {
    const started = Date.now()
    await vi.waitFor(check, { timeout: SYNC_LIMIT_MS, interval: 50 })
    return Date.now() - started
  }

  const seededProduct = async (filters: Record<string, unknown>) => {
    const { hits } = await search.products(filters, { pagination: { take: 1 } })
    expect(hits).toHaveLength(1)
    return hits[0]
  }

  describe(`POST /store/search on ${traits.name}: Vietnamese text`, () => {
    it("finds 'Cà phê … Buôn Ma Thuột' typed without diacritics, the same hits as with them", async () => {
      const plain = await search.products({ q: "ca phe buon ma thuot" })
      const accented = await search.products({ q: "cà phê Buôn Ma Thuột" })
      expect(plain.hits.length).toBeGreaterThan(0)
      expect(plain.hits.map((h) => h.id).sort()).toEqual(accented.hits.map((h) => h.id).sort())
      expect(foldVietnamese(plain.hits[0].title)).toContain("ca phe")
      expect(plain.hits.some((hit) => hit.province_name === "Đắk Lắk")).toBe(true)
    })

    it("matches đ typed as d: 'dien bien' finds Điện Biên products", async () => {
      const result = await search.products({ q: "dien bien" })
      expect(result.hits.length).toBeGreaterThan(0)
      expect(
        result.hits.every((hit) => hit.place_names?.includes("Điện Biên") || hit.title.includes("Điện Biên"))
      ).toBe(true)
    })

    it("ranks the product whose title is the exact phrase first", async () => {
      const folded = catalogue.map((p) => ({ ...p, folded: foldVietnamese(p.title) }))
      // A title no other title contains, so "first" has a single right answer.
      const target = folded.find(
        (p) => p.folded.split(" ").length >= 3 && folded.every((o) => o === p || !o.folded.includes(p.folded))
      )!
      const { hits } = await search.products({ q: target.folded })
      expect(hits[0].title).toBe(target.title)
    })

    it(
      traits.typo_tolerance
        ? "tolerates a mistyped letter"
        : "does not promise typo tolerance, but an exact query still matches",
      async () => {
        const exact = await search.products({ q: "buon ma thuot" })
        expect(exact.hits.length).toBeGreaterThan(0)
        const mistyped = await search.products({ q: "buon ma thuoot" })
        if (traits.typo_tolerance) {
          expect(mistyped.hits.map((h) => h.id).sort()).toEqual(exact.hits.map((h) => h.id).sort())
        } else {
          expect(mistyped.hits).toHaveLength(0)
        }
      }
    )

    it("finds products by their English title", async () => {
      const { hits } = await search.products({ q: "coffee" })
      expect(hits.length).toBeGreaterThan(0)
      // Meilisearch also follows the coffee ↔ cà phê synonym into Vietnamese descriptions.
      const mentions = (hit: ProductDocument) =>
        /coffee|ca phe|cafe/.test(foldVietnamese(`${hit.title} ${hit.title_en} ${hit.description}`))
      expect(hits.every(mentions)).toBe(true)
    })
  })

  describe(`POST /store/search on ${traits.name}: facets, ranges, sorting, pages`, () => {
    it("counts each facet value as many products as filtering by that value returns", async () => {
      for (const [field, parse] of Object.entries(VALUE_FACETS)) {
        const { facets } = await search.products({}, { search_options: { facets: [field] } })
        const values = (facets?.[field] as { values: { value: string; count: number }[] }).values
        expect(values.length, field).toBeGreaterThan(0)
        const last = values[values.length - 1]
        for (const { value, count } of [values[0], last]) {
          const filtered = await search.products({ [field]: parse(value) }, { search_options: { count: "exact" } })
          expect(filtered.count, `${field} = ${value}`).toBe(count)
        }
      }
    })

    it("narrows facet counts by the other filters (★4 and above in Đắk Lắk)", async () => {
      const { hits, facets, count } = await search.products(
        { stars: { $gte: 4 }, province_code: "66" },
        {
          search_options: {
            facets: [
              { field: "former_district", limit: 100 },
              { field: "stars", type: "range", ranges: STAR_RANGES },
            ],
            count: "exact",
          },
          pagination: { take: 100 },
        }
      )
      expect(hits.length).toBeGreaterThan(0)
      expect(hits.every((hit) => hit.stars >= 4 && hit.province_code === "66")).toBe(true)
      const stars = (facets!.stars as { ranges: { key: string; count: number }[] }).ranges
      expect(Object.fromEntries(stars.map((r) => [r.key, r.count]))).toEqual({
        "3": 0,
        "4": hits.filter((h) => h.stars === 4).length,
        "5": hits.filter((h) => h.stars === 5).length,
      })
      expect(stars.reduce((sum, s) => sum + s.count, 0)).toBe(count)
      // A commune formed from several former districts may have none recorded.
      const districts = (facets!.former_district as { values: { value: string; count: number }[] }).values
      expect(districts.reduce((sum, d) => sum + d.count, 0)).toBe(hits.filter((h) => h.former_district).length)
    })

    it("counts price ranges as the matching range filters do", async () => {
      const ranges = [
        { key: "under-100k", to: 100_000 },
        { key: "100k-300k", from: 100_000, to: 300_000 },
        { key: "300k-up", from: 300_000 },
      ]
      const { facets } = await search.products(
        {},
        { search_options: { facets: [{ field: "price_min", type: "range", ranges }] } }
      )
      const counted = (facets!.price_min as { ranges: { key: string; count: number }[] }).ranges
      const filters = {
        "under-100k": { $lt: 100_000 },
        "100k-300k": { $gte: 100_000, $lt: 300_000 },
        "300k-up": { $gte: 300_000 },
      }
      for (const range of counted) {
        const filtered = await search.products(
          { price_min: filters[range.key as keyof typeof filters] },
          { search_options: { count: "exact" } }
        )
        expect(filtered.count, range.key).toBe(range.count)
      }
      expect(counted.reduce((sum, r) => sum + r.count, 0)).toBe(catalogue.length)
    })

    it("sorts by price both ways, by stars and by newest", async () => {
      const orders: [keyof ProductDocument, "ASC" | "DESC"][] = [
        ["price_min", "ASC"],
        ["price_min", "DESC"],
        ["stars", "DESC"],
        ["created_at", "DESC"],
      ]
      for (const [field, direction] of orders) {
        const { hits } = await search.products(
          { q: "mat ong" },
          { pagination: { take: 50, order: { [field]: direction } } }
        )
        const values = hits.map((h) => (field === "created_at" ? Date.parse(String(h[field])) : Number(h[field])))
        expect(values.length).toBeGreaterThan(1)
        const sorted = [...values].sort((a, b) => (direction === "ASC" ? a - b : b - a))
        expect(values, `${field} ${direction}`).toEqual(sorted)
      }
    })

    it("pages through a result without repeating or losing a product", async () => {
      const filters = { province_code: "66" }
      const { count } = await search.products(filters, { search_options: { count: "exact" } })
      expect(count).toBeGreaterThan(10)
      const seen: string[] = []
      for (let skip = 0; skip < count!; skip += 7) {
        const page = await search.products(filters, {
          pagination: { take: 7, skip, order: { price_min: "ASC", id: "ASC" } },
        })
        seen.push(...page.hits.map((h) => h.id))
      }
      expect(seen).toHaveLength(count!)
      expect(new Set(seen).size).toBe(count)
    })
  })

  describe(`POST /store/search on ${traits.name}: only what the store sells`, () => {
    it("never returns a draft product or one sold only in another sales channel", async () => {
      const word = "Trámkiểmthử"
      const otherChannel = await getContainer()
        .resolve(Modules.SALES_CHANNEL)
        .createSalesChannels({ name: "Kênh khác" })
      const create = (title: string, status: string, channel: string) =>
        createBoxProduct(api, admin, title, status, channel)
      await create(`${word} nháp`, "draft", salesChannelId)
      await create(`${word} kênh khác`, "published", otherChannel.id)
      await create(`${word} đang bán`, "published", salesChannelId)
      // The published one arriving shows the others had their chance to be indexed too. How fast
      // it arrives is the sync tests' business; three new products take a while on a busy machine.
      await vi.waitFor(async () => expect((await search.products({ q: word })).hits.length).toBeGreaterThan(0), {
        timeout: 10_000,
        interval: 100,
      })
      const { hits } = await search.products({ q: foldVietnamese(word) })
      expect(hits.map((h) => h.title)).toEqual([`${word} đang bán`])
    })

    it("answers 400 naming the field for a filter on a field that is not filterable", async () => {
      const error = await search.raw({ entity: "product", filters: { description: "x" } }).catch((e: any) => e.response)
      expect(error.status).toBe(400)
      expect(JSON.stringify(error.data)).toContain("description")
    })

    it("rejects an index the store does not expose", async () => {
      const error = await search.raw({ entity: "producer", filters: { q: "htx" } }).catch((e: any) => e.response)
      expect(error.status).toBe(404)
    })
  })

  // Each attempt must see its change within SYNC_LIMIT_MS; on CI's 2 cores one in a few runs is
  // slower (a change took 2.7 s there once), so a late attempt is retried with a fresh change
  // rather than failing the build. The figures belong to the benchmark, not to this pass/fail.
  describe(`POST /store/search on ${traits.name}: kept in sync`, { retry: 2 }, () => {
    // Each change is timed from a quiet index: the earlier tests' writes (new products, their
    // OCOP events) must not be the queue a sync test waits behind. A short pause lets batches that
    // are still in the app's event bus reach the engine; then its own queue drains.
    beforeEach(async () => {
      await new Promise((resolve) => setTimeout(resolve, 500))
      await traits.settled?.()
    })

    it(`shows a new price within ${SYNC_LIMIT_MS} ms`, async () => {
      const target = await seededProduct({ q: "mat ong", price_min: { $lt: 900_000 } })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.id", "variants.prices.amount"],
        filters: { id: target.id },
      })
      const newPrice = 987_000
      for (const variant of data[0].variants) {
        await api.post(
          `/admin/products/${target.id}/variants/${variant.id}`,
          { prices: [{ currency_code: "vnd", amount: newPrice }] },
          admin
        )
      }
      await timeUntil(async () => expect((await seededProduct({ id: target.id })).price_min).toBe(newPrice))
    })

    it(`shows a revoked certificate within ${SYNC_LIMIT_MS} ms`, async () => {
      const target = await seededProduct({ certificate_status: "active", stars: { $gte: 4 } })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["ocop_certificates.id", "ocop_certificates.revoked_at"],
        filters: { id: target.id },
      })
      const certificate = data[0].ocop_certificates.find((c: { revoked_at: string | null }) => !c.revoked_at)
      await api.post(`/admin/ocop/certificates/${certificate.id}/revoke`, { reason: "Kiểm tra lại chất lượng" }, admin)
      await timeUntil(async () => {
        const hit = await seededProduct({ id: target.id })
        expect(hit.certificate_status).toBe("revoked")
        expect(hit.stars).toBe(0)
      })
    })

    it(`shows a sold-out product as out of stock within ${SYNC_LIMIT_MS} ms`, async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const target = await seededProduct({ in_stock: true })
      const { data } = await query.graph({
        entity: "product",
        fields: [
          "variants.inventory_items.inventory.id",
          "variants.inventory_items.inventory.location_levels.location_id",
        ],
        filters: { id: target.id },
      })
      for (const variant of data[0].variants) {
        for (const link of variant.inventory_items) {
          for (const level of link.inventory.location_levels) {
            await api.post(
              `/admin/inventory-items/${link.inventory.id}/location-levels/${level.location_id}`,
              { stocked_quantity: 0 },
              admin
            )
          }
        }
      }
      await timeUntil(async () => expect((await seededProduct({ id: target.id })).in_stock).toBe(false))
    })

    it(`marks a product given wholesale tiers as available wholesale within ${SYNC_LIMIT_MS} ms, its price unchanged`, async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const target = await seededProduct({ wholesale: false, in_stock: true })
      const { data } = await query.graph({
        entity: "product",
        fields: ["producer.id", "variants.id"],
        filters: { id: target.id },
      })
      // By its id, as the app registered it (the spec importing the workflow would register it a second time).
      await getContainer()
        .resolve(Modules.WORKFLOW_ENGINE)
        .run("set-product-wholesale", {
          input: {
            producer_id: data[0].producer.id,
            product_id: target.id,
            variants: [
              {
                variant_id: data[0].variants[0].id,
                tiers: [{ min_quantity: 10, amount: 1000 }],
                min_quantity: 1,
                case_pack: 1,
              },
            ],
          },
          throwOnError: true,
        })
      await timeUntil(async () => expect((await seededProduct({ id: target.id })).wholesale).toBe(true))
      expect((await search.products({ wholesale: true })).hits.map((hit) => hit.id)).toEqual([target.id])
      // The tier price is for verified buyers only: the public document keeps the retail price.
      expect((await seededProduct({ id: target.id })).price_min).toBe(target.price_min)
    })

    it(`shows a renamed producer on its products within ${SYNC_LIMIT_MS} ms`, async () => {
      const target = await seededProduct({ legal_form: "cooperative" })
      const { data } = await api.get(`/admin/ocop/producers?q=${encodeURIComponent(target.producer_name!)}`, admin)
      const producer = data.producers.find((p: { handle: string }) => p.handle === target.producer_handle)
      await api.post(`/admin/ocop/producers/${producer.id}`, { name: `${producer.name} Tây Nguyên` }, admin)
      await timeUntil(async () =>
        expect((await seededProduct({ id: target.id })).producer_name).toBe(`${producer.name} Tây Nguyên`)
      )
    })
  })

  return {
    search: () => search,
    admin: () => admin,
    salesChannelId: () => salesChannelId,
    publishableKey: () => publishableKey,
  }
}
