import { MedusaContainer } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import type { MeiliQuery } from "@ocop/shared"
import { generateTenantToken } from "../../../src/modules/search-meilisearch/meili"
import { createDirectSearchClient, type DirectSession } from "../../../../storefront/src/lib/data/direct-search-core"
import { forwardToMeilisearch, type ProxyTarget } from "@ocop/shared"
import type { MeilisearchServer } from "../../utils/meilisearch-server"
import { CONTRACT_QUERIES } from "./product-search-contract"
import { createBoxProduct, type productSearchClient } from "./product-search-client"

type Harness = {
  api: any
  getContainer: () => MedusaContainer
  meilisearch: () => MeilisearchServer
  search: () => ReturnType<typeof productSearchClient>
  admin: () => { headers: Record<string, string> }
  publishableKey: () => string
  salesChannelId: () => string
}

type Answer = { status: number; body: any }

/**
 * The direct Meilisearch path as the storefront runs it: a tenant token from GET /store/search/token,
 * the storefront's client (lib/data/direct-search-core.ts, the shared planner) and its same-origin
 * proxy's core function (lib/search/meilisearch-proxy.ts), against the real binary.
 */
export function directSearchContract(h: Harness) {
  let target: ProxyTarget
  let indexUid: string

  const loadSession = async (): Promise<DirectSession> =>
    (await h.api.get("/store/search/token", { headers: { "x-publishable-api-key": h.publishableKey() } })).data

  /** The proxy's core function, called as the route handler calls it. */
  const proxy = async (method: string, path: string[], authorization: string | null, body: unknown = {}) => {
    const response = await forwardToMeilisearch(
      { method, path, authorization, body: method === "POST" ? JSON.stringify(body) : "" },
      target
    )
    const text = await response.text()
    return { status: response.status, body: text ? JSON.parse(text) : undefined } as Answer
  }

  /** The browser's client: its POST /multi-search goes through the proxy's core function. */
  const browserClient = (options: { now?: () => number; onLoad?: () => void } = {}) =>
    createDirectSearchClient({
      loadSession: async () => {
        options.onLoad?.()
        return loadSession()
      },
      multiSearchUrl: () => "/api/search/multi-search",
      now: options.now,
      fetch: async (_url, init) =>
        forwardToMeilisearch(
          {
            method: "POST",
            path: ["multi-search"],
            authorization: (init.headers as Record<string, string>).authorization,
            body: String(init.body),
          },
          target
        ),
    })

  const master = (path: string, init: RequestInit = {}) =>
    fetch(`${h.meilisearch().host}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${h.meilisearch().apiKey}`, "content-type": "application/json" },
    })

  beforeAll(async () => {
    const session = await loadSession()
    target = { host: h.meilisearch().host, apiKeyUid: session.api_key_uid }
    indexUid = session.index_uid
  })

  describe("GET /store/search/token", () => {
    it("gives a token of the search-only key for the index the module serves, expiring soon", async () => {
      const session = await loadSession()
      expect(session.token.split(".")).toHaveLength(3)
      const expiresIn = Date.parse(session.expires_at) - Date.now()
      expect(expiresIn).toBeGreaterThan(60_000)
      expect(expiresIn).toBeLessThanOrEqual(15 * 60_000)
      const { results } = (await (await master("/indexes")).json()) as { results: { uid: string }[] }
      expect(results.map((i) => i.uid)).toContain(session.index_uid)
      const key = (await (await master(`/keys/${session.api_key_uid}`)).json()) as { actions: string[] }
      expect(key.actions).toEqual(["search"])
    })

    it("answers 400 naming a query parameter it does not take", async () => {
      const answer = await h.api
        .get("/store/search/token?sales_channel_id=sc_other", {
          headers: { "x-publishable-api-key": h.publishableKey() },
        })
        .catch((e: any) => e.response)
      expect(answer.status).toBe(400)
      expect(answer.data.message).toContain("sales_channel_id")
    })
  })

  describe("the direct path: the contract's queries", () => {
    it("answers every query of the contract with the same ids, counts and facets as POST /store/search", async () => {
      const client = browserClient()
      let withHits = 0
      for (const { filters, extra = {} } of CONTRACT_QUERIES) {
        const body = { filters, ...extra, pagination: { take: 100, ...extra.pagination } }
        const { data } = await h.search().raw({ entity: "product", ...body })
        const canonical = data.results[0]
        const direct = await client.search(body)
        const label = JSON.stringify(body)
        expect(
          direct.hits.map((hit) => hit.id),
          label
        ).toEqual(canonical.hits.map((hit: { id: string }) => hit.id))
        expect(direct.metadata.count, label).toBe(canonical.metadata.count)
        expect(direct.facets, label).toEqual(canonical.facets)
        if (canonical.hits.length) withHits++
      }
      // Each query means something only if it finds products; a typo or the catalogue's shape may not.
      expect(withHits).toBeGreaterThanOrEqual(CONTRACT_QUERIES.length - 2)
    })
  })

  describe("tenant tokens", () => {
    const word = "Trựctiếpthử"
    const ids: Record<string, string> = {}
    let otherChannelId: string

    beforeAll(async () => {
      otherChannelId = (
        await h.getContainer().resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "Kênh khác (token)" })
      ).id
      const create = (title: string, status: string, channel: string) =>
        createBoxProduct(h.api, h.admin(), title, status, channel)
      ids.draft = await create(`${word} nháp`, "draft", h.salesChannelId())
      ids.other = await create(`${word} kênh khác`, "published", otherChannelId)
      ids.unpublished = await create(`${word} thôi bán`, "published", h.salesChannelId())
      ids.published = await create(`${word} đang bán`, "published", h.salesChannelId())
      const inIndex = async (id: string) => (await master(`/indexes/${indexUid}/documents/${id}`)).status === 200
      await vi.waitFor(async () => expect(await inIndex(ids.unpublished)).toBe(true), {
        timeout: 15_000,
        interval: 200,
      })
      await h.api.post(`/admin/products/${ids.unpublished}`, { status: "draft" }, h.admin())
      await vi.waitFor(
        async () => {
          expect(await inIndex(ids.published)).toBe(true)
          expect(await inIndex(ids.other)).toBe(true)
          expect(await inIndex(ids.unpublished)).toBe(false)
        },
        { timeout: 15_000, interval: 200 }
      )
      await h.meilisearch().settled()
    })

    it("indexes only published products: a draft and an unpublished one are not in the index at all", async () => {
      expect((await master(`/indexes/${indexUid}/documents/${ids.draft}`)).status).toBe(404)
      expect((await master(`/indexes/${indexUid}/documents/${ids.unpublished}`)).status).toBe(404)
      // Another channel's product is in (another store may sell it): only the token keeps it out.
      expect((await master(`/indexes/${indexUid}/documents/${ids.other}`)).status).toBe(200)
    })

    it("never returns a draft, an unpublished or another channel's product, whatever filter the client adds", async () => {
      const session = await loadSession()
      const titles = async (filter?: string) => {
        const query: MeiliQuery = { indexUid, q: word, ...(filter ? { filter } : {}), limit: 100 }
        const answer = await proxy("POST", ["multi-search"], `Bearer ${session.token}`, { queries: [query] })
        expect(answer.status, filter).toBe(200)
        return (answer.body.results[0].hits as { title: string }[]).map((hit) => hit.title)
      }
      expect(await titles()).toEqual([`${word} đang bán`])
      expect(await titles(`status = "draft"`)).toEqual([])
      expect(await titles(`sales_channel_ids = "${otherChannelId}"`)).toEqual([])
      expect(await titles(`id IN ["${ids.other}", "${ids.draft}", "${ids.unpublished}"]`)).toEqual([])
      expect(await titles(`status = "draft" OR sales_channel_ids = "${otherChannelId}" OR id EXISTS`)).toEqual([
        `${word} đang bán`,
      ])
      // The same query with the master key does see the other channel's product: the rules are what hide it.
      const { results } = await (
        await master("/multi-search", {
          method: "POST",
          body: JSON.stringify({ queries: [{ indexUid, q: word, filter: `sales_channel_ids = "${otherChannelId}"` }] }),
        })
      ).json()
      expect(results[0].hits.map((hit: { id: string }) => hit.id)).toEqual([ids.other])
    })

    it("counts only the store's own products in a facet-search", async () => {
      const session = await loadSession()
      const facetSearch = (facetName: string, filter?: string) =>
        proxy("POST", ["indexes", indexUid, "facet-search"], `Bearer ${session.token}`, {
          facetName,
          q: word,
          ...(filter ? { filter } : {}),
        })
      const channels = await facetSearch("sales_channel_ids", `sales_channel_ids = "${otherChannelId}"`)
      expect(channels.status).toBe(200)
      expect(channels.body.facetHits).toEqual([])
      const all = await facetSearch("sales_channel_ids")
      expect(all.body.facetHits).toEqual([{ value: h.salesChannelId(), count: 1 }])
      const statuses = await facetSearch("status", `status = "draft"`)
      expect(statuses.body.facetHits).toEqual([])
    })

    it("refreshes an expired token: Meilisearch refuses it and the client asks for a new one once", async () => {
      process.env.MEILISEARCH_TOKEN_TTL_SECONDS = "1"
      try {
        let loads = 0
        // A client whose clock runs an hour late keeps its token past expiry, so only Meilisearch's refusal can refresh it.
        const client = browserClient({ now: () => Date.now() - 3_600_000, onLoad: () => loads++ })
        const query = { filters: { q: word }, search_options: { count: "exact" as const } }
        expect((await client.search(query)).hits.map((hit) => hit.id)).toEqual([ids.published])
        expect(loads).toBe(1)
        const stale = (await client.session())!
        await new Promise((resolve) => setTimeout(resolve, 2_100))
        const refused = await proxy("POST", ["multi-search"], `Bearer ${stale.token}`, {
          queries: [{ indexUid, q: word }],
        })
        expect([401, 403]).toContain(refused.status)
        expect((await client.search(query)).hits.map((hit) => hit.id)).toEqual([ids.published])
        expect(loads).toBe(2)
      } finally {
        delete process.env.MEILISEARCH_TOKEN_TTL_SECONDS
      }
    })
  })

  describe("the storefront's same-origin path to Meilisearch", () => {
    it("refuses every Meilisearch route but POST multi-search and POST facet-search, with 404", async () => {
      const { token } = await loadSession()
      const bearer = `Bearer ${token}`
      const before = (await (await master(`/indexes/${indexUid}/stats`)).json()).numberOfDocuments
      const refused: [string, string[], unknown?][] = [
        ["GET", ["multi-search"]],
        ["GET", ["indexes"]],
        ["POST", ["indexes"], { uid: "stolen" }],
        ["POST", ["indexes", indexUid, "search"], { q: "tra" }],
        ["GET", ["indexes", indexUid, "search"]],
        ["POST", ["indexes", indexUid, "documents"], [{ id: "x", title: "x" }]],
        ["DELETE", ["indexes", indexUid]],
        ["DELETE", ["indexes", indexUid, "documents"]],
        ["POST", ["indexes", indexUid, "documents", "delete-batch"], ["x"]],
        ["GET", ["indexes", indexUid, "settings"]],
        ["PATCH", ["indexes", indexUid, "settings"], { searchableAttributes: ["id"] }],
        ["GET", ["keys"]],
        ["POST", ["keys"], { actions: ["*"], indexes: ["*"], expiresAt: null }],
        ["POST", ["swap-indexes"], []],
        ["GET", ["tasks"]],
        ["POST", ["dumps"]],
        ["GET", ["health"]],
        ["POST", ["indexes", "..", "facet-search"], { facetName: "status" }],
        ["POST", ["indexes", indexUid, "facet-search", "more"], { facetName: "status" }],
        ["POST", ["multi-search", "more"], { queries: [] }],
      ]
      for (const [method, path, body] of refused) {
        expect((await proxy(method, path, bearer, body)).status, `${method} /${path.join("/")}`).toBe(404)
      }
      expect((await (await master(`/indexes/${indexUid}/stats`)).json()).numberOfDocuments).toBe(before)
      const allowed = await proxy("POST", ["multi-search"], bearer, { queries: [{ indexUid, q: "tra" }] })
      expect(allowed.status).toBe(200)
      expect(allowed.body.results[0].hits.length).toBeGreaterThan(0)
    })

    it("refuses the master key, every admin key and a token of another key with 403, on its two routes too", async () => {
      const { results: keys } = (await (await master("/keys")).json()) as {
        results: { uid: string; key: string; name: string; actions: string[] }[]
      }
      const admin = keys.find((key) => key.actions.includes("*"))!
      const otherSearchKey = keys.find((key) => key.name === "Default Search API Key")!
      expect(admin).toBeDefined()
      const foreignToken = await generateTenantToken({
        apiKey: admin.key,
        apiKeyUid: admin.uid,
        searchRules: ["*"],
        expiresAt: new Date(Date.now() + 60_000),
      })
      const bearers = [
        h.meilisearch().apiKey,
        ...keys.filter((key) => key.uid !== target.apiKeyUid).map((key) => key.key),
        foreignToken,
        await generateTenantToken({
          apiKey: otherSearchKey.key,
          apiKeyUid: otherSearchKey.uid,
          searchRules: ["*"],
          expiresAt: new Date(Date.now() + 60_000),
        }),
      ]
      for (const bearer of bearers) {
        expect((await proxy("POST", ["multi-search"], `Bearer ${bearer}`, { queries: [{ indexUid }] })).status).toBe(
          403
        )
        expect(
          (await proxy("POST", ["indexes", indexUid, "facet-search"], `Bearer ${bearer}`, { facetName: "status" }))
            .status
        ).toBe(403)
      }
      expect((await proxy("POST", ["multi-search"], null, { queries: [{ indexUid }] })).status).toBe(403)
      // A token forged with the search key's uid but not its secret passes the proxy and Meilisearch refuses it.
      const forged = await generateTenantToken({
        apiKey: admin.key,
        apiKeyUid: target.apiKeyUid,
        searchRules: ["*"],
        expiresAt: new Date(Date.now() + 60_000),
      })
      expect([401, 403]).toContain(
        (await proxy("POST", ["multi-search"], `Bearer ${forged}`, { queries: [{ indexUid }] })).status
      )
    })
  })
}
