import { describe, expect, it } from "vitest"
import { databasePool, databaseRole, databaseSessionOptions } from "../database-session"

describe("databaseRole", () => {
  it("is migration for medusa db:migrate, worker for the worker and scripts, web for the server", () => {
    expect(databaseRole(["node", "medusa", "db:migrate"], {})).toBe("migration")
    expect(databaseRole(["node", "medusa", "exec", "./src/scripts/setup-store.js"], {})).toBe("worker")
    expect(databaseRole(["node", "medusa", "start"], { MEDUSA_WORKER_MODE: "worker" })).toBe("worker")
    expect(databaseRole(["node", "medusa", "start"], { MEDUSA_WORKER_MODE: "server" })).toBe("web")
    expect(databaseRole(["node", "medusa", "develop"], {})).toBe("web")
  })

  it("leaves other processes alone unless DATABASE_SESSION_ROLE names a role", () => {
    expect(databaseRole(["node", "vitest", "run"], {})).toBeUndefined()
    expect(databaseSessionOptions(undefined, { PGOPTIONS: "-c search_path=public" })).toBe("-c search_path=public")
    expect(databaseRole(["node", "vitest", "run"], { DATABASE_SESSION_ROLE: "web" })).toBe("web")
    expect(() => databaseRole([], { DATABASE_SESSION_ROLE: "api" })).toThrow(/DATABASE_SESSION_ROLE/)
  })
})

describe("databaseSessionOptions", () => {
  it("sets the role's timeouts, which env variables override", () => {
    expect(databaseSessionOptions("web", {})).toBe(
      "-c statement_timeout=5000 -c lock_timeout=2000 -c idle_in_transaction_session_timeout=30000"
    )
    expect(databaseSessionOptions("migration", { DATABASE_LOCK_TIMEOUT_MS: "15000" })).toBe(
      "-c statement_timeout=0 -c lock_timeout=15000 -c idle_in_transaction_session_timeout=0"
    )
  })

  it("keeps what PGOPTIONS already says, so loading the config twice changes nothing", () => {
    const once = databaseSessionOptions("web", { PGOPTIONS: "-c search_path=public --lock_timeout=500" })
    expect(once).toBe(
      "-c statement_timeout=5000 -c idle_in_transaction_session_timeout=30000 -c search_path=public --lock_timeout=500"
    )
    expect(databaseSessionOptions("web", { PGOPTIONS: once })).toBe(once)
  })

  it("refuses a timeout that is not a whole number", () => {
    expect(() => databaseSessionOptions("web", { DATABASE_STATEMENT_TIMEOUT_MS: "5s" })).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_MS/
    )
  })
})

describe("databasePool", () => {
  it("is 2..10 unless DATABASE_POOL_MIN/MAX say otherwise, and min never exceeds max", () => {
    expect(databasePool({})).toEqual({ min: 2, max: 10 })
    expect(databasePool({ DATABASE_POOL_MAX: "30" })).toEqual({ min: 2, max: 30 })
    expect(() => databasePool({ DATABASE_POOL_MIN: "5", DATABASE_POOL_MAX: "3" })).toThrow(/DATABASE_POOL_MIN/)
  })
})
