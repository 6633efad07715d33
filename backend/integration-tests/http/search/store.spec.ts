import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { setupSeededMarketplace } from "../../utils/marketplace"

type ProductDocument = { id: string; title: string; stars: number; province_code: string; price_min: number; former_district: string }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    const searchProducts = async (filters: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
      const { data } = await api
        .post("/store/search", { entity: "product", filters, pagination: { take: 100 }, ...extra }, headers)
        .catch((e: any) => {
          throw new Error(`search answered ${e.response?.status}: ${JSON.stringify(e.response?.data)}`)
        })
      const result = data.results[0] as { hits: { document: ProductDocument }[]; facets?: Record<string, unknown> }
      return { ...result, hits: result.hits.map((hit) => hit.document) }
    }

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      headers = { headers: { "x-publishable-api-key": setup.publishableKey } }
      // The Search Module fills the index in the background, and the OCOP data reaches it through
      // ocop.products.changed events after the products: wait until every product has its certificate.
      await vi.waitFor(
        async () => {
          expect((await searchProducts({ q: "ca phe" })).hits.length).toBeGreaterThan(0)
          expect((await searchProducts({ certificate_status: "none" })).hits).toHaveLength(0)
        },
        { timeout: 90_000, interval: 500 }
      )
    })

    describe("POST /store/search (search-postgres, Vietnamese)", () => {
      it("finds 'cà phê' typed without diacritics, and the same as with them", async () => {
        const plain = await searchProducts({ q: "ca phe buon ma thuot" })
        const accented = await searchProducts({ q: "cà phê Buôn Ma Thuột" })
        expect(plain.hits.length).toBeGreaterThan(0)
        expect(plain.hits.map((h) => h.id).sort()).toEqual(accented.hits.map((h) => h.id).sort())
        expect(plain.hits[0].title.toLowerCase()).toContain("cà phê")
      })

      it("matches đ when typed as d ('dien bien' finds Điện Biên products)", async () => {
        const result = await searchProducts({ q: "dien bien" })
        expect(result.hits.length).toBeGreaterThan(0)
        expect(result.hits.every((hit) => hit.province_code === "11")).toBe(true)
      })

      it("filters by stars and province and facets by stars", async () => {
        const result = await searchProducts(
          { stars: { $gte: 4 }, province_code: "66" },
          {
            search_options: {
              facets: [
                "former_district",
                { field: "stars", type: "range", ranges: [{ key: "4", from: 4, to: 5 }, { key: "5", from: 5 }] },
              ],
            },
          }
        )
        expect(result.hits.length).toBeGreaterThan(0)
        for (const hit of result.hits) {
          expect(hit.stars).toBeGreaterThanOrEqual(4)
          expect(hit.province_code).toBe("66")
        }
        const facets = result.facets as {
          former_district: { values: { value: string; count: number }[] }
          stars: { ranges: { key: string; count: number }[] }
        }
        const byDistrict = facets.former_district.values.reduce((sum, v) => sum + v.count, 0)
        const byStars = facets.stars.ranges.reduce((sum, r) => sum + r.count, 0)
        expect(byStars).toBe(result.hits.length)
        expect(byDistrict).toBeLessThanOrEqual(result.hits.length)
        expect(byDistrict).toBeGreaterThan(0)
      })

      it("sorts by price", async () => {
        const result = await searchProducts({ q: "mat ong" }, { pagination: { take: 50, order: { price_min: "ASC" } } })
        const prices = result.hits.map((h) => h.price_min)
        expect(prices.length).toBeGreaterThan(1)
        expect([...prices].sort((a, b) => a - b)).toEqual(prices)
      })

      it("rejects an index the store does not expose", async () => {
        const error = await api
          .post("/store/search", { entity: "producer", filters: { q: "htx" } }, headers)
          .catch((e: any) => e.response)
        expect(error.status).toBe(404)
      })
    })
  },
})
