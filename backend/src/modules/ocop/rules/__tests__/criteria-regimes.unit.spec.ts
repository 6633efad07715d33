import { describe, expect, it } from "vitest"
import { levelRuleViolation, regimeInForce } from "../criteria-regimes"

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

describe("criteria regime and certifying level by decision date", () => {
  it("judges a certificate by the regime in force on its decision date", () => {
    expect(regimeInForce(utc("2019-08-20"))).toBeUndefined()
    expect(regimeInForce(utc("2021-06-01"))?.code).toBe("1048/QĐ-TTg")
    expect(regimeInForce(utc("2023-02-24"))?.code).toBe("148/QĐ-TTg")
    expect(regimeInForce(utc("2025-07-05"))?.code).toBe("148/QĐ-TTg")
    expect(regimeInForce(utc("2025-07-06"))?.code).toBe("1489/QĐ-TTg")
  })

  it("accepts district level for ★3 until 30 June 2025 and rejects it from 1 July 2025", () => {
    expect(levelRuleViolation("district", 3, utc("2025-06-30"))).toBeUndefined()
    expect(levelRuleViolation("district", 3, utc("2025-07-01"))).toMatch(/district/)
  })

  it("lets only the central level certify ★5, and province ★3–★4", () => {
    expect(levelRuleViolation("central", 5, utc("2024-03-01"))).toBeUndefined()
    expect(levelRuleViolation("province", 5, utc("2024-03-01"))).toMatch(/★5/)
    expect(levelRuleViolation("province", 4, utc("2026-01-10"))).toBeUndefined()
    expect(levelRuleViolation("district", 4, utc("2024-03-01"))).toMatch(/★4/)
    expect(levelRuleViolation("central", 4, utc("2024-03-01"))).toMatch(/★4/)
  })
})
