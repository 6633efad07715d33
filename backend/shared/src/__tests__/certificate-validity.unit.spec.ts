import { describe, expect, it } from "vitest"
import { certificateStatus, currentCertificate, expiryDate } from "../certificate-validity"

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

describe("certificate validity", () => {
  it("expires 36 months after the decision date", () => {
    expect(expiryDate(utc("2023-05-12")).toISOString()).toBe("2026-05-12T00:00:00.000Z")
    expect(expiryDate(utc("2024-02-29")).toISOString()).toBe("2027-02-28T00:00:00.000Z")
    expect(expiryDate(utc("2022-08-31")).toISOString()).toBe("2025-08-31T00:00:00.000Z")
  })

  it("is expired from the expiry instant and active the moment before (36-month edge)", () => {
    const certificate = { expires_at: expiryDate(utc("2023-11-25")) }
    expect(certificateStatus(certificate, new Date(utc("2026-11-25").getTime() - 1))).toBe("expiring")
    expect(certificateStatus(certificate, utc("2026-11-25"))).toBe("expired")
  })

  it("is expiring within 90 days of expiry and active before (90-day edge)", () => {
    const certificate = { expires_at: utc("2027-02-23") }
    expect(certificateStatus(certificate, utc("2026-11-25"))).toBe("expiring")
    expect(certificateStatus(certificate, new Date(utc("2026-11-25").getTime() - 1))).toBe("active")
  })

  it("is revoked whatever the dates", () => {
    expect(certificateStatus({ expires_at: utc("2030-01-01"), revoked_at: utc("2025-01-01") }, utc("2026-01-01"))).toBe(
      "revoked"
    )
  })

  it("takes the newest non-revoked certificate as current", () => {
    const older = { id: "a", decision_date: utc("2021-01-01"), revoked_at: null }
    const newer = { id: "b", decision_date: utc("2024-01-01"), revoked_at: null }
    const revoked = { id: "c", decision_date: utc("2025-01-01"), revoked_at: utc("2025-06-01") }
    expect(currentCertificate([older, revoked, newer])?.id).toBe("b")
    expect(currentCertificate([revoked])).toBeNull()
  })
})
