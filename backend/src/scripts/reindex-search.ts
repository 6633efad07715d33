import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { rebuildSearchVocabulary } from "../lib/search-vocabulary"

/**
 * Rebuilds every search index (and the suggestion's words) from the database into a new version and swaps it in, so search keeps
 * answering meanwhile: `npm run search:reindex` (after restoring a backup, or a lost Meilisearch volume).
 */
export default async function reindexSearch({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const { indexes } = await container.resolve(Modules.SEARCH).reindex({ strategy: "swap" })
  logger.info(`Reindexed ${indexes.join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  // The words "Có phải bạn muốn tìm …" suggests from, also rebuilt (a database restored from before them).
  await rebuildSearchVocabulary(container)
}
