/**
 * The public pages' HTML, kept in this server's memory for anonymous visitors and served with a fresh
 * CSP nonce, so a cached product page costs a lookup instead of a render.
 *
 * A page's HTML carries its request's nonce, so Next renders every page per request. Here a page is
 * rendered once with a placeholder nonce (a random value made when the server starts and never sent
 * to a browser: every answer carries a fresh one in its place), kept, and served with the placeholder
 * replaced by the new request's nonce, which its CSP header names: the policy stays a per-request
 * nonce with 'strict-dynamic'. Anyone with a cart or signed in (their header and prices are their
 * own) gets the page rendered for them, as do pages that read live data (an experience's vacancies).
 * The backend's revalidation webhook (app/api/revalidate) forgets every kept page with the data.
 */

export type KeptPage = { body: string; headers: [string, string][]; keptAt: number }

// The pages whose HTML is the same for every anonymous visitor: home, catalogue (with its filters),
// product, producer, group, district and origin pages, the statistics page.
const PUBLIC_PAGE = /^\/(vi|en)(\/(products|producers|groups|districts|origin|thong-ke|statistics)(\/[^/]+)?)?\/?$/
// Someone's own page: a cart, a signed-in customer or producer member.
const PERSONAL_COOKIES = ["_ocop_cart_id", "_ocop_jwt", "_ocop_producer_jwt"]
// Headers that belong to one answer, not to the page.
const OWN_HEADERS = new Set([
  "content-security-policy",
  "set-cookie",
  "date",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "x-page-cache",
])

export const PAGE_CACHE_HEADER = "x-page-cache"
/**
 * Marks an element of a page that says part of it could not be loaded (components/feedback/notice.tsx):
 * such a page is served once, not kept, so a backend that was starting or down is not remembered for
 * five minutes. Text cannot forge it: React escapes the quotes of any text that spells it.
 */
export const UNKEPT_MARK = 'data-page-cache="skip"'
export const PAGE_CACHE_FILL_HEADER = "x-page-cache-fill"
const MAX_PAGES = 500
// Pages are forgotten on the backend's webhook; this bounds how long a missed webhook can leave one.
const MAX_AGE_MS = 5 * 60 * 1000

type PageCacheState = {
  pages: Map<string, KeptPage>
  filling: Map<string, Promise<KeptPage | null>>
  placeholder: string
  fillSecret: string
}

const randomToken = () => Buffer.from(crypto.randomUUID()).toString("base64")

// One per server process, shared by the proxy and the revalidation route (separate bundles).
const globals = globalThis as typeof globalThis & { __ocopPageCache?: PageCacheState }
const state: PageCacheState = (globals.__ocopPageCache ??= {
  pages: new Map(),
  filling: new Map(),
  placeholder: randomToken(),
  fillSecret: randomToken(),
})

export const placeholderNonce = () => state.placeholder
export const isFillRequest = (headers: Headers) => headers.get(PAGE_CACHE_FILL_HEADER) === state.fillSecret

type PageRequest = { method: string; pathname: string; search: string; headers: Headers; cookieNames: string[] }

/** The key a request's page is kept under, or null when its answer must be rendered for it alone. */
export function pageCacheKey(request: PageRequest): string | null {
  if (request.method !== "GET") return null
  if (!PUBLIC_PAGE.test(request.pathname)) return null
  // Client navigations and prefetches ask for the RSC payload, not the document.
  if (request.headers.has("rsc") || request.headers.has("next-router-prefetch") || request.headers.has("next-action"))
    return null
  if (request.search.includes("_rsc=")) return null
  if (request.cookieNames.some((name) => PERSONAL_COOKIES.includes(name))) return null
  return `${request.pathname}${request.search}`
}

/** The kept page under `key`, if it is young enough. */
export function keptPage(key: string, now = Date.now()): KeptPage | undefined {
  const page = state.pages.get(key)
  if (!page) return undefined
  if (now - page.keptAt > MAX_AGE_MS) {
    state.pages.delete(key)
    return undefined
  }
  // Most recently used last, so the oldest is evicted first.
  state.pages.delete(key)
  state.pages.set(key, page)
  return page
}

/** Keeps a rendered page, evicting the least recently used beyond MAX_PAGES. */
export function keepPage(key: string, page: KeptPage) {
  state.pages.set(key, page)
  while (state.pages.size > MAX_PAGES) state.pages.delete(state.pages.keys().next().value as string)
}

/** Forgets every kept page: public data changed. */
export function forgetPages() {
  state.pages.clear()
}

/**
 * Renders the page under `key` once however many requests miss it at the same moment: `render` asks
 * this server for it as an anonymous visitor with the placeholder nonce. Only a 200 HTML answer is kept,
 * and only when no part of it failed to load (`UNKEPT_MARK`).
 */
export function fillPage(key: string, render: (fillSecret: string) => Promise<Response>): Promise<KeptPage | null> {
  const pending = state.filling.get(key)
  if (pending) return pending
  const filling = (async () => {
    const answer = await render(state.fillSecret)
    if (answer.status !== 200 || !answer.headers.get("content-type")?.startsWith("text/html")) return null
    const page: KeptPage = {
      body: await answer.text(),
      headers: [...answer.headers].filter(([name]) => !OWN_HEADERS.has(name.toLowerCase())),
      keptAt: Date.now(),
    }
    if (!page.body.includes(UNKEPT_MARK)) keepPage(key, page)
    return page
  })()
    .catch(() => null)
    .finally(() => state.filling.delete(key))
  state.filling.set(key, filling)
  return filling
}

/** The kept HTML with this request's nonce wherever the page was rendered with the placeholder. */
export const withNonce = (body: string, nonce: string) => body.replaceAll(state.placeholder, nonce)

/** Test hook: empties the cache and its in-flight fills. */
export function resetPageCache() {
  state.pages.clear()
  state.filling.clear()
}
