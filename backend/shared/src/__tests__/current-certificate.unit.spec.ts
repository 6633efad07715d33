import { describe, expect, it } from "vitest"
import { badgeStars, type CertificateStatus, currentCertificate, earnsStarBadge } from "../certificate-validity"

// A certificate as the store API sends it: dates as ISO strings, its status computed at read time.
type OcopCertificate = {
  id: string
  certificate_number: string
  decision_number: string
  decision_date: string
  issuing_body: string
  level: string
  programme_year: number
  score: number
  stars: number
  product_set: number
  product_group: string
  expires_at: string
  revoked_at: string | null
  status: CertificateStatus
}

function certificate(overrides: Partial<OcopCertificate>): OcopCertificate {
  return {
    id: "ocert_1",
    certificate_number: "DB-2024-0001",
    decision_number: "3009/QĐ-UBND",
    decision_date: "2024-12-26T00:00:00.000Z",
    issuing_body: "UBND tỉnh Điện Biên",
    level: "province",
    programme_year: 2024,
    score: 76,
    stars: 4,
    product_set: 13,
    product_group: "I",
    expires_at: "2027-12-26T00:00:00.000Z",
    revoked_at: null,
    status: "active",
    ...overrides,
  }
}

describe("currentCertificate", () => {
  it("is null when the product has no certificate", () => {
    expect(currentCertificate([])).toBeNull()
    expect(currentCertificate(undefined)).toBeNull()
    expect(currentCertificate(null)).toBeNull()
  })

  it("is the newest by decision date, whatever the order they arrive in", () => {
    const older = certificate({ id: "old", decision_date: "2021-05-10T00:00:00.000Z", stars: 3 })
    const newer = certificate({ id: "new", decision_date: "2024-12-26T00:00:00.000Z", stars: 4 })
    expect(currentCertificate([newer, older])?.id).toBe("new")
    expect(currentCertificate([older, newer])?.id).toBe("new")
  })

  it("skips a revoked newest certificate and falls back to the one before it", () => {
    const older = certificate({ id: "old", decision_date: "2023-03-01T00:00:00.000Z", stars: 3 })
    const revoked = certificate({
      id: "revoked",
      decision_date: "2025-02-01T00:00:00.000Z",
      stars: 5,
      revoked_at: "2025-06-01T00:00:00.000Z",
      status: "revoked",
    })
    expect(currentCertificate([revoked, older])?.id).toBe("old")
  })

  it("treats a certificate whose status is revoked as revoked even without a date", () => {
    const revoked = certificate({ status: "revoked" })
    expect(currentCertificate([revoked])).toBeNull()
  })

  it("is null when every certificate was revoked", () => {
    const revoked = certificate({ revoked_at: "2025-06-01T00:00:00.000Z", status: "revoked" })
    expect(currentCertificate([revoked])).toBeNull()
  })

  it("keeps an expired newest certificate as current rather than an older one", () => {
    const older = certificate({ id: "old", decision_date: "2019-01-01T00:00:00.000Z" })
    const expired = certificate({
      id: "expired",
      decision_date: "2021-01-01T00:00:00.000Z",
      status: "expired",
    })
    expect(currentCertificate([older, expired])?.id).toBe("expired")
  })
})

describe("earnsStarBadge", () => {
  it("is earned by an active or an expiring certificate", () => {
    expect(earnsStarBadge(certificate({ status: "active" }))).toBe(true)
    expect(earnsStarBadge(certificate({ status: "expiring" }))).toBe(true)
  })

  it("is not earned by an expired certificate, nor without one", () => {
    expect(earnsStarBadge(certificate({ status: "expired" }))).toBe(false)
    expect(earnsStarBadge(null)).toBe(false)
  })
})

describe("badgeStars", () => {
  it("is the current certificate's stars when it earns a badge", () => {
    expect(badgeStars([certificate({ stars: 5, status: "expiring" })])).toBe(5)
  })

  it("is null when the current certificate has expired", () => {
    const older = certificate({ decision_date: "2019-01-01T00:00:00.000Z", stars: 4 })
    const expired = certificate({ decision_date: "2021-01-01T00:00:00.000Z", status: "expired" })
    expect(badgeStars([older, expired])).toBeNull()
  })

  it("is null when the only certificate was revoked, or there is none", () => {
    expect(badgeStars([certificate({ revoked_at: "2025-01-01T00:00:00.000Z" })])).toBeNull()
    expect(badgeStars([])).toBeNull()
  })
})
