import { MedusaError } from "@medusajs/framework/utils"
import { SearchPlanError } from "@ocop/shared"
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from "./meili"

/**
 * MedusaError has no type that maps to HTTP 503, so an unreachable Meilisearch is an
 * UNEXPECTED_STATE with code "search_unavailable" and a message naming the host; the API's
 * error handler (answerError in src/api/search-unavailable.ts) answers it with 503.
 */
export const SEARCH_UNAVAILABLE = "search_unavailable"

export function toMedusaError(error: unknown, host: string): Error {
  if (MedusaError.isMedusaError(error)) {
    return error as Error
  }
  // The shared planner refuses what the engine cannot express; the API answers it with 400.
  if (error instanceof SearchPlanError) {
    return new MedusaError(
      error.kind === "invalid_data" ? MedusaError.Types.INVALID_DATA : MedusaError.Types.NOT_ALLOWED,
      error.message
    )
  }
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Search is unavailable: Meilisearch at ${host} did not answer`,
      SEARCH_UNAVAILABLE
    )
  }
  if (error instanceof MeilisearchApiError) {
    const code = error.cause?.code
    const type =
      code === "index_not_found"
        ? MedusaError.Types.NOT_FOUND
        : error.response.status === 400
          ? MedusaError.Types.INVALID_DATA
          : MedusaError.Types.UNEXPECTED_STATE
    return new MedusaError(type, `Meilisearch: ${error.message}`, code)
  }
  return error as Error
}
