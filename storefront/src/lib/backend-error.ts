import { FetchError } from "@medusajs/js-sdk"

/**
 * A refusal from the backend with its stable `code` (the README's checkout section lists them). The
 * SDK's FetchError keeps only the status and the message, and the message is for people: the
 * storefront tells refusals apart by code and words them from its message catalogue.
 */
export class BackendError extends FetchError {
  constructor(
    message: string,
    statusText: string,
    status: number,
    readonly code: string | undefined,
    // The field a refusal names ("tax_code", "items.2.quantity"), as the backend answers it apart from its words.
    readonly field?: string
  ) {
    super(message, statusText, status)
  }
}

/** The code of a backend refusal; undefined for one without a code and for any other error. */
export const errorCode = (error: unknown): string | undefined =>
  error instanceof BackendError ? error.code : undefined

/** The field a backend refusal names; undefined when it names none. */
export const refusedField = (error: unknown): string | undefined =>
  error instanceof BackendError ? error.field : undefined

/** The error for a response that is not ok, read from the backend's JSON answer. */
export async function refusalOf(response: Response): Promise<BackendError> {
  const answer = (await response.json().catch(() => ({}))) as { message?: string; code?: string; field?: string }
  return new BackendError(
    answer.message ?? response.statusText,
    response.statusText,
    response.status,
    answer.code,
    answer.field
  )
}
