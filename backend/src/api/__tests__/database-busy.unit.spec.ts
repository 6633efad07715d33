import { describe, expect, it } from "vitest"
import { databaseBusyAnswer } from "../database-busy"

describe("databaseBusyAnswer", () => {
  it("answers 503 with Retry-After for statement and lock timeouts and a full pool, however wrapped", () => {
    const statementTimeout = Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" })
    const lockTimeout = Object.assign(new Error("update ... - canceling statement due to lock timeout"), {
      code: "55P03",
    })
    const poolFull = Object.assign(new Error("Knex: Timeout acquiring a connection"), { name: "KnexTimeoutError" })
    for (const error of [statementTimeout, lockTimeout, poolFull, new Error("step failed", { cause: lockTimeout })]) {
      const answer = databaseBusyAnswer(error)
      expect(answer?.status).toBe(503)
      expect(answer?.headers["Retry-After"]).toBe("2")
      expect(answer?.body.code).toBe("database_busy")
      expect(answer?.body.message).not.toMatch(/update|statement/i)
    }
  })

  it("leaves every other error to the next handler", () => {
    expect(databaseBusyAnswer(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBeUndefined()
    expect(databaseBusyAnswer(undefined)).toBeUndefined()
    expect(databaseBusyAnswer("text")).toBeUndefined()
  })
})
