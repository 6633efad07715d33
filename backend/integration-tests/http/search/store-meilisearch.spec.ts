import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MeilisearchServer, startMeilisearch } from "../../utils/meilisearch-server"
import { productSearchContract } from "./product-search-contract"

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
    const { search, admin } = productSearchContract(options, {
      name: "search-meilisearch",
      typo_tolerance: true,
      settled: () => meilisearch.settled(),
    })
    const { api, getContainer } = options

    describe("POST /store/search while Meilisearch is down", () => {
      afterEach(async () => {
        await meilisearch.resume().catch(() => undefined)
      })

      it("answers 503 with a message, and a price changed meanwhile reaches the index when it is back", async () => {
        const [target] = (await search().products({ q: "tra" }, { pagination: { take: 1 } })).hits
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { id: target.id } })

        await meilisearch.halt()
        const down = await search().raw({ entity: "product", filters: { q: "tra" } }).catch((e: any) => e.response)
        expect(down.status).toBe(503)
        expect(down.data.message).toContain("Meilisearch")
        for (const variant of data[0].variants) {
          const { status } = await api.post(`/admin/products/${target.id}/variants/${variant.id}`, { prices: [{ currency_code: "vnd", amount: 123_000 }] }, admin())
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
  },
})
