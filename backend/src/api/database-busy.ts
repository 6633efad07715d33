/**
 * When PostgreSQL gave up waiting (a statement or lock timeout, see src/lib/database-session.ts)
 * or no pooled connection came free, the request met a busy database, not a bug: the client
 * should hear 503 with a hint to retry, not 500, and never the SQL.
 */
export const DATABASE_BUSY = "database_busy"

// 57014 query_canceled (statement_timeout), 55P03 lock_not_available (lock_timeout, NOWAIT).
const BUSY_SQLSTATES = new Set(["57014", "55P03"])
// knex, when no pooled connection came free in time; MikroORM's names for the two SQLSTATEs.
const BUSY_ERROR_NAMES = new Set(["KnexTimeoutError", "LockWaitTimeoutException"])

export const DATABASE_BUSY_RETRY_AFTER_SECONDS = 2

function isBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false
  const { code, name, cause, originalError } = error as {
    code?: string
    name?: string
    cause?: unknown
    originalError?: unknown
  }
  if (BUSY_SQLSTATES.has(code ?? "") || BUSY_ERROR_NAMES.has(name ?? "")) return true
  return isBusy(cause, depth + 1) || isBusy(originalError, depth + 1)
}

export type DatabaseBusyAnswer = {
  status: 503
  headers: Record<string, string>
  body: { type: typeof DATABASE_BUSY; code: typeof DATABASE_BUSY; message: string }
}

/** The answer for an error that means "the database is busy", or undefined for any other error. */
export function databaseBusyAnswer(error: unknown): DatabaseBusyAnswer | undefined {
  if (!isBusy(error)) return undefined
  return {
    status: 503,
    headers: { "Retry-After": String(DATABASE_BUSY_RETRY_AFTER_SECONDS) },
    body: {
      type: DATABASE_BUSY,
      code: DATABASE_BUSY,
      message: "The marketplace is busy right now. Please try again in a moment.",
    },
  }
}
