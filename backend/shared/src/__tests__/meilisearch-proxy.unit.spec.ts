import { describe, expect, it } from "vitest"
import { allowedRoute, forwardToMeilisearch, isSearchTenantToken } from "../meilisearch-plan/proxy"

const segment = (value: object) =>
  btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")
const jwt = (header: object, payload: object) => `${segment(header)}.${segment(payload)}.signature`

describe("the direct path's proxy", () => {
  it("allows only POST multi-search and POST indexes/<uid>/facet-search", () => {
    expect(allowedRoute("POST", ["multi-search"])).toBe("/multi-search")
    expect(allowedRoute("POST", ["indexes", "product_v2", "facet-search"])).toBe("/indexes/product_v2/facet-search")
    expect(allowedRoute("GET", ["multi-search"])).toBeNull()
    expect(allowedRoute("POST", ["indexes", "product_v2", "search"])).toBeNull()
    expect(allowedRoute("POST", ["indexes", "..", "facet-search"])).toBeNull()
    expect(allowedRoute("POST", ["indexes", "a%2Fb", "facet-search"])).toBeNull()
    expect(allowedRoute("POST", ["keys"])).toBeNull()
  })

  it("takes a bearer for a tenant token only when it is an HS-signed JWT of the search key's uid", () => {
    expect(isSearchTenantToken(jwt({ alg: "HS256", typ: "JWT" }, { apiKeyUid: "uid-1" }), "uid-1")).toBe(true)
    expect(isSearchTenantToken(jwt({ alg: "HS256" }, { apiKeyUid: "uid-2" }), "uid-1")).toBe(false)
    expect(isSearchTenantToken(jwt({ alg: "none" }, { apiKeyUid: "uid-1" }), "uid-1")).toBe(false)
    expect(isSearchTenantToken("a1b2c3d4e5f6", "uid-1")).toBe(false)
    expect(isSearchTenantToken("not.base64!.x", "uid-1")).toBe(false)
  })

  it("answers 404 for another route and 403 for another key without calling Meilisearch", async () => {
    const calls: string[] = []
    const fake = (async (url: string) => (calls.push(url), new Response("{}"))) as unknown as typeof fetch
    const target = { host: "http://meili", apiKeyUid: "uid-1" }
    const token = `Bearer ${jwt({ alg: "HS256" }, { apiKeyUid: "uid-1" })}`
    const send = (path: string[], authorization: string | null, method = "POST") =>
      forwardToMeilisearch({ method, path, authorization, body: "{}" }, target, fake)
    expect((await send(["indexes"], token)).status).toBe(404)
    expect((await send(["multi-search"], "Bearer masterkey")).status).toBe(403)
    expect((await send(["multi-search"], null)).status).toBe(403)
    expect(
      (
        await forwardToMeilisearch(
          { method: "POST", path: ["multi-search"], authorization: token, body: "{}" },
          null,
          fake
        )
      ).status
    ).toBe(404)
    expect(calls).toEqual([])
    expect((await send(["multi-search"], token)).status).toBe(200)
    expect(calls).toEqual(["http://meili/multi-search"])
  })

  it("asks Meilisearch for an uncompressed answer (a compressed one arrives ~45 ms later)", async () => {
    const sent: Headers[] = []
    const fake = (async (_url: string, init: RequestInit) => (
      sent.push(new Headers(init.headers)),
      new Response("{}")
    )) as unknown as typeof fetch
    const token = `Bearer ${jwt({ alg: "HS256" }, { apiKeyUid: "uid-1" })}`
    await forwardToMeilisearch(
      { method: "POST", path: ["multi-search"], authorization: token, body: "{}" },
      { host: "http://meili", apiKeyUid: "uid-1" },
      fake
    )
    expect(sent[0].get("accept-encoding")).toBe("identity")
    expect(sent[0].get("authorization")).toBe(token)
  })
})
