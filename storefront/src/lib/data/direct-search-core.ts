import {
  MEILISEARCH_HOP_HEADERS,
  searchDirect,
  type MeiliQuery,
  type MeiliResponse,
  type ModuleQuery,
  type PlanIndex,
} from "@ocop/shared"

/**
 * The direct Meilisearch path's client, the same on the storefront's server and in the browser: a
 * tenant token from GET /store/search/token, queries compiled by @ocop/shared's planner (the one the
 * backend's provider uses) and sent in ONE POST /multi-search. Pure: no Next, no React.
 */
export type DirectSession = {
  token: string
  expires_at: string
  index_uid: string
  api_key_uid: string
  index: PlanIndex
  /** Meilisearch as the storefront's server reaches it; never handed to the browser. */
  host?: string
}

/** Refreshed this long before the token expires, so a search never leaves with a token about to lapse. */
export const REFRESH_MARGIN_MS = 30_000
/** A store without the direct path is asked again after this long (Meilisearch may have been set up). */
export const UNAVAILABLE_RECHECK_MS = 60_000

export class DirectSearchError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = "DirectSearchError"
  }
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>

export type DirectSearchClient = {
  /** The current session (fetched or refreshed when needed), or null when the store has no direct path. */
  session: () => Promise<DirectSession | null>
  multiSearch: (queries: MeiliQuery[]) => Promise<MeiliResponse[]>
  /** A POST /store/search query answered from Meilisearch: the same result shape, ids and counts. */
  search: (query: ModuleQuery) => Promise<Awaited<ReturnType<typeof searchDirect>>>
}

/**
 * `loadSession` asks for a new token (null: Meilisearch is not this store's engine); `multiSearchUrl`
 * is where POST /multi-search goes (Meilisearch itself on the server, the same-origin path in the browser).
 */
export function createDirectSearchClient(options: {
  loadSession: () => Promise<DirectSession | null>
  multiSearchUrl: (session: DirectSession) => string
  fetch?: Fetch
  now?: () => number
}): DirectSearchClient {
  const doFetch: Fetch = options.fetch ?? ((url, init) => fetch(url, init))
  const now = options.now ?? Date.now
  let current: Promise<DirectSession | null> | undefined
  let loadedAt = 0

  const fresh = (session: DirectSession | null) =>
    !!session && Date.parse(session.expires_at) - REFRESH_MARGIN_MS > now()

  const reload = () => {
    const loading = options.loadSession()
    current = loading
    loadedAt = now()
    // A failed load is not kept: the next search asks again.
    loading.catch(() => {
      if (current === loading) current = undefined
    })
    return loading
  }

  const session = async () => {
    if (current) {
      const kept = await current.catch(() => undefined)
      if (kept === null && now() - loadedAt < UNAVAILABLE_RECHECK_MS) return null
      if (kept && fresh(kept)) return kept
    }
    return reload()
  }

  const post = (session: DirectSession, queries: MeiliQuery[]) =>
    doFetch(options.multiSearchUrl(session), {
      method: "POST",
      // The browser drops accept-encoding (a forbidden header); the server's request to Meilisearch keeps it.
      headers: {
        ...MEILISEARCH_HOP_HEADERS,
        "content-type": "application/json",
        authorization: `Bearer ${session.token}`,
      },
      body: JSON.stringify({ queries }),
      cache: "no-store",
    })

  const multiSearch = async (queries: MeiliQuery[]) => {
    let active = await session()
    if (!active) throw new DirectSearchError(404, "This store has no direct search path")
    let response = await post(active, queries)
    // Expired, or the key was replaced: one new token, one more try.
    if (response.status === 401 || response.status === 403) {
      active = await reload()
      if (!active) throw new DirectSearchError(404, "This store has no direct search path")
      response = await post(active, queries)
    }
    if (!response.ok) {
      throw new DirectSearchError(response.status, `Meilisearch answered ${response.status}: ${await response.text()}`)
    }
    const { results } = (await response.json()) as { results: MeiliResponse[] }
    return results
  }

  return {
    session,
    multiSearch,
    search: async (query) => {
      const active = await session()
      if (!active) throw new DirectSearchError(404, "This store has no direct search path")
      return searchDirect(query, active.index, active.index_uid, multiSearch)
    },
  }
}
