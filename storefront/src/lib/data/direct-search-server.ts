import { FetchError } from "@medusajs/js-sdk"
import { getSdk, storeHeaders } from "../config"
import { createDirectSearchClient, type DirectSession } from "./direct-search-core"

/**
 * The storefront server's direct Meilisearch client: one tenant token per process, refreshed before
 * it expires and once on a 401/403; null sessions (the backend answers 404: it searches on
 * PostgreSQL) make the callers use POST /store/search instead.
 */
async function loadSession(): Promise<DirectSession | null> {
  try {
    return await getSdk().client.fetch<DirectSession>("/store/search/token", {
      headers: await storeHeaders(),
      cache: "no-store",
    })
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

export const serverDirectSearch = createDirectSearchClient({
  loadSession,
  multiSearchUrl: (session) => `${(session.host ?? "").replace(/\/+$/, "")}/multi-search`,
})

/** What the browser may know of the session: the token and what to plan with, not where Meilisearch is. */
export async function browserSession(): Promise<DirectSession | null> {
  const session = await serverDirectSearch.session()
  if (!session) return null
  const { host: _host, ...rest } = session
  return rest
}
