import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import reindexSearch from "../../../src/scripts/reindex-search"
import { MeilisearchServer, startMeilisearch } from "../../utils/meilisearch-server"
import { directSearchContract } from "./direct-search-contract"
import { productSearchContract } from "./product-search-contract"
import { searchRelevance } from "./search-relevance"

let meilisearch: MeilisearchServer

// Runs before the runner's own beforeAll, which reads medusa-config.ts and so the provider choice.
beforeAll(async () => {
  meilisearch = await startMeilisearch()
  process.env.MEILISEARCH_HOST = meilisearch.host
  process.env.MEILISEARCH_API_KEY = meilisearch.apiKey
})

afterAll(async () => {
  delete process.env.MEILISEARCH_HOST
  delete process.env.MEILISEARCH_API_KEY
  await meilisearch?.stop()
})

medusaIntegrationTestRunner({
  testSuite: (options) => {
    // Registered first so the list runs on the seeded catalogue, before the contract changes it.
    searchRelevance("search-meilisearch", () => search())
    const { search, admin, salesChannelId, publishableKey } = productSearchContract(options, {
      name: "search-meilisearch",
      typo_tolerance: true,
      settled: () => meilisearch.settled(),
    })
    const { api, getContainer } = options

    // The direct path (tenant token, shared planner, the storefront's proxy) against the same index.
    directSearchContract({
      api,
      getContainer,
      meilisearch: () => meilisearch,
      search,
      admin,
      publishableKey,
      salesChannelId,
    })

    describe("POST /store/search while Meilisearch is down", () => {
      afterEach(async () => {
        await meilisearch.resume().catch(() => undefined)
      })

      it("answers 503 with a message, and a price changed meanwhile reaches the index when it is back", async () => {
        const [target] = (await search().products({ q: "tra" }, { pagination: { take: 1 } })).hits
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { id: target.id } })

        await meilisearch.halt()
        const down = await search()
          .raw({ entity: "product", filters: { q: "tra" } })
          .catch((e: any) => e.response)
        expect(down.status).toBe(503)
        expect(down.data.message).toContain("Meilisearch")
        for (const variant of data[0].variants) {
          const { status } = await api.post(
            `/admin/products/${target.id}/variants/${variant.id}`,
            { prices: [{ currency_code: "vnd", amount: 123_000 }] },
            admin()
          )
          expect(status).toBe(200)
        }

        await meilisearch.resume()
        await vi.waitFor(
          async () => {
            const { hits } = await search().products({ id: target.id })
            expect(hits[0].price_min).toBe(123_000)
          },
          { timeout: 15_000, interval: 200 }
        )
      })
    })

    describe("POST /store/search while Meilisearch hangs", () => {
      afterEach(() => meilisearch.thaw())

      it("answers 503 with Retry-After within seconds, not when the engine wakes up", async () => {
        meilisearch.freeze()
        const started = Date.now()
        const down = await search()
          .raw({ entity: "product", filters: { q: "tra" } })
          .catch((e: any) => e.response)
        expect(down.status).toBe(503)
        expect(down.headers["retry-after"]).toBeDefined()
        expect(Date.now() - started).toBeLessThan(10_000)
      }, 60_000)
    })

    // Last: the swap retires the index version the database snapshot of the other tests points to.
    describe("npm run search:reindex", () => {
      it("rebuilds the index from the database, bringing back a document the engine lost", async () => {
        const [target] = (await search().products({ q: "mat ong" }, { pagination: { take: 1 } })).hits
        const meili = (path: string, init: RequestInit = {}) =>
          fetch(`${meilisearch.host}${path}`, { ...init, headers: { authorization: `Bearer ${meilisearch.apiKey}` } })
        const { results } = (await (await meili("/indexes")).json()) as { results: { uid: string }[] }
        for (const { uid } of results) await meili(`/indexes/${uid}/documents/${target.id}`, { method: "DELETE" })
        await meilisearch.settled()
        expect((await search().products({ id: target.id })).hits).toHaveLength(0)

        await reindexSearch({ container: getContainer(), args: [] } as never)
        expect((await search().products({ id: target.id })).hits.map((h) => h.title)).toEqual([target.title])
      })
    })
  },
})
