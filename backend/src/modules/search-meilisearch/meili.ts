// The meilisearch client is ESM-only while the Medusa backend compiles to CommonJS.
// Node >= 20.19 can require() ESM, so load it with require and take its types via
// an explicit import resolution mode, which TypeScript otherwise rejects (TS1479).
export type { EnqueuedTask, MultiSearchQuery, SearchResponse, Settings } from "meilisearch" with {
  "resolution-mode": "import",
}

type MeiliModule = typeof import("meilisearch", { with: { "resolution-mode": "import" } })

// eslint-disable-next-line @typescript-eslint/no-require-imports
const meili = require("meilisearch") as MeiliModule

export const { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } = meili
export type Meilisearch = InstanceType<MeiliModule["Meilisearch"]>

type MeiliTokenModule = typeof import("meilisearch/token", { with: { "resolution-mode": "import" } })
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { generateTenantToken } = require("meilisearch/token") as MeiliTokenModule
