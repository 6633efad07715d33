import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Rebuilds every search index from the database into a new version and swaps it in, so search keeps
 * answering meanwhile: `npm run search:reindex` (after restoring a backup, or a lost Meilisearch volume).
 */
export default async function reindexSearch({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const { indexes } = await container.resolve(Modules.SEARCH).reindex({ strategy: "swap" })
  logger.info(`Reindexed ${indexes.join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
