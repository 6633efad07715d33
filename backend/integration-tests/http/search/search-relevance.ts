import { foldVietnamese } from "@ocop/shared"
import { productSearchClient } from "./product-search-client"
import { RELEVANCE_QUERIES } from "./relevance-queries"

type SearchClient = ReturnType<typeof productSearchClient>

/**
 * The relevance list (relevance-queries.ts) and "Có phải bạn muốn tìm …", run by each provider's
 * spec file inside its testSuite, before the contract's tests change the catalogue (call it
 * before productSearchContract; `search` is read once the contract's beforeAll has seeded).
 */
export function searchRelevance(provider: string, search: () => SearchClient) {
  describe(`POST /store/search on ${provider}: queries as shoppers type them`, () => {
    it.each(RELEVANCE_QUERIES)("$q ($kind): $why", async ({ q, first }) => {
      const { hits } = await search().products({ q }, { pagination: { take: first.length } })
      expect(hits.map((hit) => hit.handle).sort()).toEqual([...first].sort())
    })
  })

  describe(`GET /store/search/suggestion on ${provider}: "Có phải bạn muốn tìm …"`, () => {
    it("offers the catalogue's words for a query that finds nothing, and the suggestion finds products", async () => {
      // "pheee" is two edits from "phê": beyond both providers' typo tolerance, so the search itself finds nothing.
      expect((await search().products({ q: "ca pheee" })).hits).toHaveLength(0)
      const { status, data } = await search().suggestion("q=ca%20pheee")
      expect(status).toBe(200)
      expect(data.suggestion).toBe("cà phê")
      const followed = await search().products({ q: data.suggestion })
      expect(followed.hits.length).toBeGreaterThan(0)
      expect(foldVietnamese(followed.hits[0].title)).toContain("ca phe")
    })

    it("corrects each word of a longer query and keeps the ones already right", async () => {
      const { data } = await search().suggestion(`q=${encodeURIComponent("mat onggg rungg tuan giaoo")}`)
      expect(data.suggestion).toBe("mật ong rừng tuần giáo")
      const { hits } = await search().products({ q: data.suggestion })
      expect(hits.map((hit) => hit.handle)).toContain("mat-ong-rung-tuan-giao-htx-mat-ong-tuan-giao")
    })

    it("offers nothing when every word is the catalogue's already, or nothing in it is alike", async () => {
      for (const q of ["cà phê chồn", "ca phe", "qwxzv"]) {
        const { status, data } = await search().suggestion(`q=${encodeURIComponent(q)}`)
        expect(status, q).toBe(200)
        expect(data, q).toEqual({ suggestion: null })
      }
    })

    it("offers nothing made of words that no one product holds together", async () => {
      // "chồn" (weasel coffee) and "piêu" (a Thái scarf) are both indexed, never in the same product.
      const { data } = await search().suggestion(`q=${encodeURIComponent("chonn pieuu")}`)
      expect(data).toEqual({ suggestion: null })
    })

    it("answers 400 naming q for a missing, repeated or too long q", async () => {
      for (const query of ["", "q=a&q=b", `q=${"a".repeat(201)}`]) {
        const { status, data } = await search().suggestion(query)
        expect(status, query).toBe(400)
        expect(JSON.stringify(data), query).toContain("q")
      }
    })
  })
}
