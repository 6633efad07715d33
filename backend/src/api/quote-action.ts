import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Runs a quote action's workflow (store or portal) and returns its result. A quote whose status no
 * longer allows the action answers 409 with the workflow's message (`status: …`) and code, which
 * Medusa's error handler would replace with a generic idempotency message; undefined is returned then.
 */
export async function runQuoteAction<Result>(res: MedusaResponse, action: () => Promise<Result>) {
  try {
    return await action()
  } catch (error) {
    const { type, message, code } = error as { type?: string; message?: string; code?: string }
    if (type !== MedusaError.Types.CONFLICT) throw error
    res.status(409).json({ type: "conflict", code, message })
    return undefined
  }
}
