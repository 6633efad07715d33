import { errorCode } from "../backend-error"
import type { QuoteFormState } from "./types"

// The backend's codes for the refusals a buyer or producer must tell apart (backend lib/error-codes.ts).
const BY_CODE: Record<string, QuoteFormState["error"]> = {
  quote_buyer_not_verified: "notVerified",
  quote_expired: "expired",
  quote_status: "status",
}

/** A refused quote call as a form's state: the code's message, the field a 400 names first, the backend's words. */
export function quoteRefusal(error: unknown): QuoteFormState {
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message : undefined
  const code = BY_CODE[errorCode(error) ?? ""]
  if (code) return { error: code, detail: message }
  if (status === 404) return { error: "notFound" }
  if (status === 400) return { error: "fixFields", field: /^([\w.]+)/.exec(message ?? "")?.[1], detail: message }
  console.error("Quote call failed", error)
  return { error: "generic" }
}
