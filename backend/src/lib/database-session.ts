/**
 * How long one PostgreSQL session may wait, by what the process is for. Without limits a few stuck
 * row locks hold every pooled connection and the whole API hangs; a web request should rather fail
 * fast (and be answered 503), while jobs and migrations legitimately run longer.
 */
export type DatabaseRole = "web" | "worker" | "migration"

type SessionLimits = { statementTimeoutMs: number; lockTimeoutMs: number; idleInTransactionTimeoutMs: number }

// 0 means no limit. A migration may rewrite a big table, but should not queue every request
// behind its ALTER for ever while it waits for a lock.
export const SESSION_LIMITS: Record<DatabaseRole, SessionLimits> = {
  web: { statementTimeoutMs: 5_000, lockTimeoutMs: 2_000, idleInTransactionTimeoutMs: 30_000 },
  worker: { statementTimeoutMs: 60_000, lockTimeoutMs: 10_000, idleInTransactionTimeoutMs: 0 },
  migration: { statementTimeoutMs: 0, lockTimeoutMs: 60_000, idleInTransactionTimeoutMs: 0 },
}

const MIGRATION_COMMANDS = new Set(["db:migrate", "db:setup", "db:sync-links", "db:rollback", "db:run-scripts"])
const SERVING_COMMANDS = new Set(["start", "develop"])
const ROLES = Object.keys(SESSION_LIMITS) as DatabaseRole[]

/**
 * What this process's sessions are for: DATABASE_SESSION_ROLE when set, else the `medusa` command
 * and MEDUSA_WORKER_MODE. Any other process (a test runner, `medusa user`) keeps PostgreSQL's
 * defaults: a test runner drops and copies databases in the same process, which must not be cut short.
 */
export function databaseRole(argv: string[], env: NodeJS.ProcessEnv): DatabaseRole | undefined {
  const named = env.DATABASE_SESSION_ROLE
  if (named) {
    if (!ROLES.includes(named as DatabaseRole))
      throw new Error(`DATABASE_SESSION_ROLE must be one of ${ROLES.join(", ")}, got "${named}"`)
    return named as DatabaseRole
  }
  if (argv.some((arg) => MIGRATION_COMMANDS.has(arg))) return "migration"
  // `medusa exec` runs scripts (the store setup and seeding): work of the worker's kind.
  if (argv.includes("exec")) return "worker"
  if (argv.some((arg) => SERVING_COMMANDS.has(arg))) return env.MEDUSA_WORKER_MODE === "worker" ? "worker" : "web"
  return undefined
}

function wholeNumber(value: string | undefined, fallback: number, name: string) {
  if (value === undefined || value === "") return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number, got "${value}"`)
  return number
}

/**
 * The session settings as PGOPTIONS, which node-postgres (and psql) send when they connect. It is
 * the one channel every connection of the process honours: Medusa passes neither `afterCreate`
 * nor session settings to its knex pool, and its test runner replaces the database URL and driver
 * options. Settings already in PGOPTIONS win; DATABASE_*_TIMEOUT_MS override the role's defaults.
 */
export function databaseSessionOptions(role: DatabaseRole | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (!role) return env.PGOPTIONS
  const defaults = SESSION_LIMITS[role]
  const settings: Record<string, number> = {
    statement_timeout: wholeNumber(
      env.DATABASE_STATEMENT_TIMEOUT_MS,
      defaults.statementTimeoutMs,
      "DATABASE_STATEMENT_TIMEOUT_MS"
    ),
    lock_timeout: wholeNumber(env.DATABASE_LOCK_TIMEOUT_MS, defaults.lockTimeoutMs, "DATABASE_LOCK_TIMEOUT_MS"),
    idle_in_transaction_session_timeout: wholeNumber(
      env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      defaults.idleInTransactionTimeoutMs,
      "DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS"
    ),
  }
  const existing = env.PGOPTIONS?.trim() ?? ""
  const ours = Object.entries(settings)
    .filter(([name]) => !new RegExp(`(^|[\\s-])${name}=`).test(existing))
    .map(([name, value]) => `-c ${name}=${value}`)
  return [...ours, existing].filter(Boolean).join(" ")
}

/** Pool size by env; Medusa's knex pool honours min and max (not an acquire timeout). */
export function databasePool(env: NodeJS.ProcessEnv) {
  const min = wholeNumber(env.DATABASE_POOL_MIN, 2, "DATABASE_POOL_MIN")
  const max = wholeNumber(env.DATABASE_POOL_MAX, 10, "DATABASE_POOL_MAX")
  if (max < 1 || min > max)
    throw new Error(`DATABASE_POOL_MIN (${min}) must not exceed DATABASE_POOL_MAX (${max}), which must be at least 1`)
  return { min, max }
}
