/**
 * Lives in @ocop/shared so the storefront route (app/api/search), the backend tests and the benchmark
 * run this very function.
 *
 * The same-origin path the browser's catalogue queries Meilisearch through (app/api/search). It
 * forwards ONLY `POST multi-search` and `POST indexes/<uid>/facet-search`, and only with a tenant
 * token of the search-only key: the master key, any admin key, or a token signed by another key is
 * refused 403 before Meilisearch sees it. Meilisearch itself checks the token's signature, expiry and
 * search rules. Pure (fetch only), so tests run it against the real binary.
 */
export type ProxyRequest = { method: string; path: string[]; authorization: string | null; body: string }
export type ProxyTarget = { host: string; apiKeyUid: string }

/**
 * Headers for every server-side request to Meilisearch (this proxy, the storefront's first page, the
 * backend's provider). Meilisearch compresses an answer when the client accepts it, and fetch (undici)
 * accepts gzip and br by default: an answer with hits then arrives ~45 ms later (p50 48 ms against
 * 6 ms uncompressed for the same 15 KB answer, one client, one request at a time). On a local or
 * private network compression buys nothing, so these hops ask for the answer as it is.
 */
export const MEILISEARCH_HOP_HEADERS = { "accept-encoding": "identity" } as const

const MAX_BODY_BYTES = 64 * 1024
const INDEX_UID = /^[A-Za-z0-9_-]{1,400}$/

const refuse = (status: number, message: string) =>
  new Response(JSON.stringify({ message }), { status, headers: { "content-type": "application/json" } })

/** The Meilisearch path a request may reach, or null. */
export function allowedRoute(method: string, path: string[]): string | null {
  if (method !== "POST") return null
  if (path.length === 1 && path[0] === "multi-search") return "/multi-search"
  if (path.length === 3 && path[0] === "indexes" && INDEX_UID.test(path[1]) && path[2] === "facet-search")
    return `/indexes/${path[1]}/facet-search`
  return null
}

function decodeSegment(segment: string): Record<string, unknown> | null {
  try {
    const json = atob(segment.replace(/-/g, "+").replace(/_/g, "/"))
    const value = JSON.parse(json) as unknown
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** Whether a bearer is a tenant token (an HS-signed JWT) issued with the search-only key `apiKeyUid`. */
export function isSearchTenantToken(bearer: string, apiKeyUid: string): boolean {
  const parts = bearer.split(".")
  if (parts.length !== 3) return false
  const header = decodeSegment(parts[0])
  const payload = decodeSegment(parts[1])
  return (
    !!header &&
    !!payload &&
    typeof header.alg === "string" &&
    /^HS(256|384|512)$/.test(header.alg) &&
    payload.apiKeyUid === apiKeyUid
  )
}

export async function forwardToMeilisearch(
  request: ProxyRequest,
  target: ProxyTarget | null,
  doFetch: typeof fetch = fetch
): Promise<Response> {
  const route = allowedRoute(request.method, request.path)
  if (!route || !target) return refuse(404, "Not found")
  const bearer = request.authorization?.match(/^Bearer (\S+)$/)?.[1]
  if (!bearer || !isSearchTenantToken(bearer, target.apiKeyUid)) {
    return refuse(403, "Only a search token of this store is accepted here")
  }
  if (new TextEncoder().encode(request.body).length > MAX_BODY_BYTES) return refuse(413, "The search is too large")
  const answer = await doFetch(`${target.host.replace(/\/+$/, "")}${route}`, {
    method: "POST",
    headers: { ...MEILISEARCH_HOP_HEADERS, "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: request.body,
    cache: "no-store",
  })
  return new Response(answer.body, {
    status: answer.status,
    headers: { "content-type": answer.headers.get("content-type") ?? "application/json", "cache-control": "no-store" },
  })
}
