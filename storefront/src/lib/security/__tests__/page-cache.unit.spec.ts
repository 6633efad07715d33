import { beforeEach, describe, expect, it, vi } from "vitest"
import {
  fillPage,
  forgetPages,
  isFillRequest,
  keepPage,
  keptPage,
  PAGE_CACHE_FILL_HEADER,
  pageCacheKey,
  placeholderNonce,
  resetPageCache,
  UNKEPT_MARK,
  withNonce,
} from "../page-cache"

const request = (pathname: string, extra: Partial<Parameters<typeof pageCacheKey>[0]> = {}) => ({
  method: "GET",
  pathname,
  search: "",
  headers: new Headers(),
  cookieNames: [],
  ...extra,
})

const html = (body: string, status = 200) =>
  new Response(body, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "set-cookie": "a=b", vary: "rsc" },
  })

beforeEach(resetPageCache)

describe("pageCacheKey", () => {
  it("keeps the public pages an anonymous visitor asks for, with their query", () => {
    expect(pageCacheKey(request("/vi"))).toBe("/vi")
    expect(pageCacheKey(request("/vi/products/mat-ong"))).toBe("/vi/products/mat-ong")
    expect(pageCacheKey(request("/en/products", { search: "?group=I" }))).toBe("/en/products?group=I")
    for (const page of [
      "/vi/producers/htx",
      "/vi/groups/I",
      "/vi/districts/x",
      "/vi/origin/ABC",
      "/vi/thong-ke",
      "/en/statistics",
    ])
      expect(pageCacheKey(request(page))).toBe(page)
  })

  it("renders for the visitor alone a personal or live page, a cart or a signed-in visitor, and RSC requests", () => {
    for (const page of [
      "/vi/cart",
      "/vi/checkout",
      "/vi/account",
      "/vi/producer/orders",
      "/vi/experiences/x",
      "/vi/products/a/b",
    ])
      expect(pageCacheKey(request(page))).toBeNull()
    for (const cookie of ["_ocop_cart_id", "_ocop_jwt", "_ocop_producer_jwt"])
      expect(pageCacheKey(request("/vi/products/mat-ong", { cookieNames: ["NEXT_LOCALE", cookie] }))).toBeNull()
    expect(pageCacheKey(request("/vi/products/mat-ong", { cookieNames: ["_ga"] }))).toBe("/vi/products/mat-ong")
    expect(pageCacheKey(request("/vi/products/mat-ong", { method: "POST" }))).toBeNull()
    expect(pageCacheKey(request("/vi/products/mat-ong", { headers: new Headers({ rsc: "1" }) }))).toBeNull()
    expect(pageCacheKey(request("/vi/products/mat-ong", { headers: new Headers({ "next-action": "x" }) }))).toBeNull()
    expect(pageCacheKey(request("/vi/products", { search: "?_rsc=abc" }))).toBeNull()
  })
})

describe("fillPage and withNonce", () => {
  it("renders a missing page once for concurrent visitors, keeps it, and serves it with each request's nonce", async () => {
    const placeholder = placeholderNonce()
    const render = vi.fn(async (secret: string) => {
      expect(isFillRequest(new Headers({ [PAGE_CACHE_FILL_HEADER]: secret }))).toBe(true)
      return html(`<script nonce="${placeholder}">x</script><p>${placeholder}</p>`)
    })
    const [first, second] = await Promise.all([fillPage("/vi", render), fillPage("/vi", render)])
    expect(render).toHaveBeenCalledTimes(1)
    expect(first).toBe(second)
    const page = keptPage("/vi")!
    expect(page.headers).toEqual([
      ["content-type", "text/html; charset=utf-8"],
      ["vary", "rsc"],
    ])
    expect(withNonce(page.body, "bm9uY2Ux")).toBe('<script nonce="bm9uY2Ux">x</script><p>bm9uY2Ux</p>')
    expect(page.body).not.toContain("bm9uY2Ux")
  })

  it("keeps no error page or non-HTML answer, and a failed render leaves nothing", async () => {
    expect(await fillPage("/vi/products/gone", async () => html("not found", 404))).toBeNull()
    expect(await fillPage("/vi/products/json", async () => Response.json({}))).toBeNull()
    expect(await fillPage("/vi/products/down", async () => Promise.reject(new Error("refused")))).toBeNull()
    expect(keptPage("/vi/products/gone")).toBeUndefined()
  })

  it("serves a page with a failed part (an error notice) once, without keeping it", async () => {
    const failed = html(`<p role="alert" ${UNKEPT_MARK}>Không tải được phần này.</p>`)
    expect((await fillPage("/vi/groups/do-uong", async () => failed))?.body).toContain("Không tải được")
    expect(keptPage("/vi/groups/do-uong")).toBeUndefined()
    const quoted = html("<p>data-page-cache=&quot;skip&quot;</p>")
    expect(await fillPage("/vi/producers/x", async () => quoted)).not.toBeNull()
    expect(keptPage("/vi/producers/x")).toBeDefined()
  })

  it("the fill header with any other value is an ordinary request", () => {
    expect(isFillRequest(new Headers({ [PAGE_CACHE_FILL_HEADER]: "guess" }))).toBe(false)
    expect(isFillRequest(new Headers())).toBe(false)
  })
})

describe("keptPage", () => {
  it("forgets a page after five minutes, all pages on forgetPages, and the least recently used beyond 500", () => {
    keepPage("/vi", { body: "a", headers: [], keptAt: 0 })
    expect(keptPage("/vi", 5 * 60 * 1000)).toBeDefined()
    expect(keptPage("/vi", 5 * 60 * 1000 + 1)).toBeUndefined()

    for (let index = 0; index < 500; index++)
      keepPage(`/vi/products/p${index}`, { body: "", headers: [], keptAt: Date.now() })
    keptPage("/vi/products/p0")
    keepPage("/vi/products/new", { body: "", headers: [], keptAt: Date.now() })
    expect(keptPage("/vi/products/p0")).toBeDefined()
    expect(keptPage("/vi/products/p1")).toBeUndefined()
    forgetPages()
    expect(keptPage("/vi/products/p0")).toBeUndefined()
  })
})
