import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { foldVietnamese } from "@ocop/shared"
import { productSearchContract } from "./product-search-contract"
import { searchRelevance } from "./search-relevance"

medusaIntegrationTestRunner({
  testSuite: (options) => {
    // Registered first so the list runs on the seeded catalogue, before the contract changes it.
    searchRelevance("search-postgres", () => contract.search())
    const contract = productSearchContract(options, { name: "search-postgres", typo_tolerance: true })

    /** The SQL statements that touch the search tables while `run` runs (knex's query events). */
    const searchStatements = async (run: () => Promise<unknown>) => {
      const knex = options.getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const statements: string[] = []
      const listener = (query: { sql: string }) => {
        if (/search_pg_|search_postgres_index/.test(query.sql)) statements.push(query.sql)
      }
      knex.on("query", listener)
      try {
        await run()
      } finally {
        knex.removeListener("query", listener)
      }
      return statements
    }

    describe("search-postgres-ocop: one statement per search", () => {
      const body = {
        entity: "product",
        filters: { q: "ca phe", province_code: "66" },
        search_options: {
          facets: [
            {
              field: "stars",
              type: "range",
              ranges: [
                { key: "3", from: 3, to: 4 },
                { key: "4", from: 4, to: 5 },
                { key: "5", from: 5 },
              ],
            },
            "province_code",
            "product_group",
          ],
          disjunctive_facets: true,
          count: "exact",
        },
        pagination: { take: 24 },
      }

      it("answers text, the total and three facets (one of them disjunctive) with one statement", async () => {
        const search = contract.search()
        await search.raw(body) // the index's catalog row is read once per process
        let data: any
        const statements = await searchStatements(async () => ({ data } = await search.raw(body)))
        expect(statements).toHaveLength(1)
        expect(statements[0]).toContain("GROUPING SETS")
        const result = data.results[0]
        expect(result.hits.length).toBeGreaterThan(0)
        expect(result.hits.every((h: any) => h.document.province_code === "66")).toBe(true)
        // The disjunctive facet counts every province as if it alone were chosen.
        const provinces = result.facets.province_code.values as { value: string; count: number }[]
        expect(provinces.length).toBeGreaterThan(1)
        for (const { value, count } of provinces) {
          const alone = await search.products(
            { q: "ca phe", province_code: value },
            { search_options: { count: "exact" } }
          )
          expect(alone.count, value).toBe(count)
        }
        expect(provinces.find((p) => p.value === "66")!.count).toBe(result.metadata.count)
        const stars = result.facets.stars.ranges as { count: number }[]
        expect(stars.reduce((sum, r) => sum + r.count, 0)).toBeLessThanOrEqual(result.metadata.count)
      })
    })

    describe("search-postgres-ocop: Vietnamese as typed", () => {
      const coffee = (hit: { title: string }) => foldVietnamese(hit.title).startsWith("ca phe")

      it("finds 'cà phê' typed 'ca phee' (one edit) and 'cafe' (synonym)", async () => {
        const search = contract.search()
        for (const q of ["ca phee", "cafe", "coffee"]) {
          const { hits } = await search.products({ q })
          expect(hits.length, q).toBeGreaterThan(0)
          expect(coffee(hits[0]), `${q}: ${hits[0].title}`).toBe(true)
        }
      })

      it("does not correct a word of fewer than five letters", async () => {
        expect((await contract.search().products({ q: "buonn ma thuot" })).hits.length).toBeGreaterThan(0)
        expect((await contract.search().products({ q: "buo ma thuot" })).hits).toHaveLength(0)
      })

      it("ranks honey above a honey-processed coffee for 'honey' and 'mat ong'", async () => {
        for (const q of ["honey", "mat ong"]) {
          const { hits } = await contract.search().products({ q })
          expect(hits.length, q).toBeGreaterThan(1)
          const firstCoffee = hits.findIndex(coffee)
          expect(foldVietnamese(hits[0].title), q).toMatch(/^mat ong/)
          if (firstCoffee >= 0) {
            const lastHoney = hits.map((h) => /^mat ong/.test(foldVietnamese(h.title))).lastIndexOf(true)
            expect(lastHoney, q).toBeLessThan(firstCoffee)
          }
        }
      })
    })
  },
})
