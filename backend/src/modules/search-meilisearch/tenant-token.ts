import { MedusaError } from "@medusajs/framework/utils"
import { meiliQuote } from "@ocop/shared"
import { Meilisearch, MeilisearchApiError, generateTenantToken } from "./meili"
import { toMedusaError } from "./errors"

/** The search-only key's uid unless MEILISEARCH_SEARCH_KEY_UID names another (Meilisearch wants a UUID v4). */
export const DEFAULT_SEARCH_KEY_UID = "5f0c6b6e-0c1a-4c53-9a3e-6f6f6370736b"
/** How long a tenant token lives unless MEILISEARCH_TOKEN_TTL_SECONDS says otherwise. */
export const DEFAULT_TOKEN_TTL_SECONDS = 15 * 60

export type DirectSearchConfig = {
  host: string
  /** The master key (or any admin key allowed to manage keys); only used to ensure the search key. */
  api_key?: string
  index_prefix?: string
  /** A search-only key made outside the app (then it is used as given, never created). */
  search_key?: string
  search_key_uid?: string
}

export type SearchKey = { uid: string; key: string }

export type TenantToken = {
  token: string
  /** ISO date; the storefront refreshes before it. */
  expires_at: string
  /** The Meilisearch index uid to query (the active version of the product index). */
  index_uid: string
  /** The uid of the search-only key the token is signed with (the storefront's proxy checks it). */
  api_key_uid: string
}

/** The search-only key's index pattern: every version of the product index, `<prefix><physical name>_v*`. */
export function productIndexPattern(config: DirectSearchConfig, physicalName: string) {
  return `${config.index_prefix ?? ""}${physicalName}_v*`
}

/**
 * Ensures the dedicated search-only key exists (actions ["search"], indexes = the product index's
 * versions) and returns it. Idempotent: the key has a fixed uid, so every process finds the same one;
 * a key of that uid on other indexes or actions is replaced.
 */
export async function ensureSearchKey(config: DirectSearchConfig, pattern: string): Promise<SearchKey> {
  const uid = config.search_key_uid || DEFAULT_SEARCH_KEY_UID
  if (config.search_key) return { uid, key: config.search_key }
  const client = new Meilisearch({ host: config.host, apiKey: config.api_key, timeout: 5_000 })
  try {
    const existing = await client.getKey(uid).catch((e: unknown) => {
      if (e instanceof MeilisearchApiError && e.cause?.code === "api_key_not_found") return undefined
      throw e
    })
    const fits =
      existing &&
      existing.actions.length === 1 &&
      existing.actions[0] === "search" &&
      existing.indexes.length === 1 &&
      existing.indexes[0] === pattern &&
      !existing.expiresAt
    if (existing && fits) return { uid, key: existing.key }
    if (existing) await client.deleteKey(uid)
    const created = await client.createKey({
      uid,
      name: "ocop-storefront-search",
      description: "Search-only key the backend signs the storefront's tenant tokens with",
      actions: ["search"],
      indexes: [pattern],
      expiresAt: null,
    })
    return { uid, key: created.key }
  } catch (e) {
    throw toMedusaError(e, config.host)
  }
}

/** The filter every search made with a token obeys, whatever the client adds: published, in the key's channels. */
export function tokenFilter(salesChannelIds: string[]) {
  return `status = "published" AND sales_channel_ids IN [${salesChannelIds.map(meiliQuote).join(", ")}]`
}

export async function mintTenantToken(
  key: SearchKey,
  pattern: string,
  input: { index_uid: string; sales_channel_ids: string[]; ttl_seconds: number; now?: number }
): Promise<TenantToken> {
  if (!input.sales_channel_ids.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  const expiresAt = new Date((input.now ?? Date.now()) + input.ttl_seconds * 1000)
  const token = await generateTenantToken({
    apiKey: key.key,
    apiKeyUid: key.uid,
    // The pattern, not the uid: a reindex swaps the version, and a token minted just before stays valid.
    searchRules: { [pattern]: { filter: tokenFilter(input.sales_channel_ids) } },
    expiresAt,
  })
  return { token, expires_at: expiresAt.toISOString(), index_uid: input.index_uid, api_key_uid: key.uid }
}
