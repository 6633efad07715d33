import { errorHandler, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEARCH_UNAVAILABLE } from "../modules/search-meilisearch/errors"
import { databaseBusyAnswer } from "./database-busy"

const defaultErrorHandler = errorHandler()

/**
 * MedusaError has no type for HTTP 503, so an unreachable search engine would answer 500.
 * Shoppers' clients should see it as temporary: 503 with a message and a hint to retry.
 */
export function searchAwareErrorHandler(error: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const busy = databaseBusyAnswer(error)
  if (busy) {
    res.set(busy.headers).status(busy.status).json(busy.body)
    return
  }
  if (error?.code === SEARCH_UNAVAILABLE) {
    res.setHeader("Retry-After", "5")
    res.status(503).json({ type: "search_unavailable", code: SEARCH_UNAVAILABLE, message: error.message })
    return
  }
  return defaultErrorHandler(error, req as never, res as never, next)
}
