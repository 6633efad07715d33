import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { directSearchToken } from "../../../../lib/direct-search"

/**
 * A short-lived Meilisearch tenant token for the product index, signed with the search-only key:
 * every search made with it sees only published products of this publishable key's sales channels.
 * Answers 404 when the store searches on PostgreSQL (no direct path: use POST /store/search).
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const searchModule = req.scope.resolve(Modules.SEARCH)
  const answer = await directSearchToken(searchModule, req.publishable_key_context?.sales_channel_ids ?? [])
  if (!answer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "The direct search path needs Meilisearch, which this store does not use: search with POST /store/search"
    )
  }
  res.set("Cache-Control", "no-store")
  res.json(answer)
}
