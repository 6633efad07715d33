import type { IModuleService, SearchTypes } from "@medusajs/framework/types"
import {
  DEFAULT_TOKEN_TTL_SECONDS,
  DirectSearchConfig,
  ensureSearchKey,
  mintTenantToken,
  productIndexPattern,
  SearchKey,
  TenantToken,
} from "../modules/search-meilisearch/tenant-token"
import { PROVIDER_ID } from "../modules/search-meilisearch/settings"

const PRODUCT_INDEX = "product"

/** What the storefront needs to query Meilisearch itself: the token, where, and the index's fields to plan with. */
export type DirectSearchAnswer = TenantToken & {
  /** Meilisearch as the storefront's server reaches it (MEILISEARCH_STOREFRONT_HOST, else MEILISEARCH_HOST). */
  host: string
  index: Pick<SearchTypes.ResolvedSearchIndexDefinition, "name" | "primary_key" | "fields" | "settings">
}

/** The same environment medusa-config.ts reads to register the Meilisearch provider; undefined without it. */
export function directSearchConfig(env = process.env): DirectSearchConfig | undefined {
  if (!env.MEILISEARCH_HOST) return undefined
  return {
    host: env.MEILISEARCH_HOST,
    api_key: env.MEILISEARCH_API_KEY,
    index_prefix: env.MEILISEARCH_INDEX_PREFIX,
    search_key: env.MEILISEARCH_SEARCH_KEY,
    search_key_uid: env.MEILISEARCH_SEARCH_KEY_UID,
  }
}

function tokenTtlSeconds(env = process.env) {
  const ttl = Number(env.MEILISEARCH_TOKEN_TTL_SECONDS)
  return Number.isFinite(ttl) && ttl > 0 ? ttl : DEFAULT_TOKEN_TTL_SECONDS
}

// One search key per configuration, ensured once per process (a failure is retried on the next call).
const keys = new Map<string, Promise<SearchKey>>()

function searchKey(config: DirectSearchConfig, pattern: string) {
  const id = JSON.stringify([config, pattern])
  let key = keys.get(id)
  if (!key) {
    key = ensureSearchKey(config, pattern)
    keys.set(id, key)
    key.catch(() => keys.delete(id))
  }
  return key
}

type ActiveDefinitions = {
  // The module's own resolution of the version that serves reads (cached; refreshed on a swap).
  resolveActiveDefinition_: (name: string) => Promise<SearchTypes.ResolvedSearchIndexDefinition>
}

/** A tenant token for the active product index, or undefined when the store does not search on Meilisearch. */
export async function directSearchToken(
  searchModule: IModuleService,
  salesChannelIds: string[]
): Promise<DirectSearchAnswer | undefined> {
  const config = directSearchConfig()
  if (!config) return undefined
  const active = await (searchModule as unknown as ActiveDefinitions).resolveActiveDefinition_(PRODUCT_INDEX)
  if (active.provider !== PROVIDER_ID) return undefined
  const declared = (
    searchModule as unknown as { getIndex: (name: string) => SearchTypes.ResolvedSearchIndexDefinition }
  ).getIndex(PRODUCT_INDEX)
  const pattern = productIndexPattern(config, declared.physical_name ?? PRODUCT_INDEX)
  const key = await searchKey(config, pattern)
  const token = await mintTenantToken(key, pattern, {
    index_uid: `${config.index_prefix ?? ""}${active.physical_name}`,
    sales_channel_ids: salesChannelIds,
    ttl_seconds: tokenTtlSeconds(),
  })
  return {
    ...token,
    host: process.env.MEILISEARCH_STOREFRONT_HOST || config.host,
    index: {
      name: active.name,
      primary_key: active.primary_key,
      fields: active.fields,
      settings: active.settings,
    },
  }
}
