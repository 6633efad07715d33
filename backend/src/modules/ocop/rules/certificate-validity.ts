/** A certificate is valid for 36 months from its decision date. */
export const VALIDITY_MONTHS = 36
/** Expiring: within this many days of expiry (holders are told at 90 and again at 30 days). */
export const EXPIRING_WITHIN_DAYS = 90
export const EXPIRY_NOTICE_DAYS = [90, 30] as const

export type CertificateStatus = "active" | "expiring" | "expired" | "revoked"

const DAY_MS = 24 * 60 * 60 * 1000

/** Decision date + 36 months, at the same time of day (UTC); the 31st rolls back to the month's end. */
export function expiryDate(decisionDate: Date): Date {
  const expiry = new Date(decisionDate.getTime())
  const day = expiry.getUTCDate()
  expiry.setUTCDate(1)
  expiry.setUTCMonth(expiry.getUTCMonth() + VALIDITY_MONTHS)
  const lastDay = new Date(Date.UTC(expiry.getUTCFullYear(), expiry.getUTCMonth() + 1, 0)).getUTCDate()
  expiry.setUTCDate(Math.min(day, lastDay))
  return expiry
}

export function daysUntil(date: Date, now: Date): number {
  return Math.ceil((date.getTime() - now.getTime()) / DAY_MS)
}

/** Status at read time: revoked wins; expired from the expiry instant; expiring within 90 days before it. */
export function certificateStatus(
  certificate: { expires_at: Date | string; revoked_at?: Date | string | null },
  now: Date = new Date()
): CertificateStatus {
  if (certificate.revoked_at) return "revoked"
  const expiresAt = new Date(certificate.expires_at)
  if (expiresAt.getTime() <= now.getTime()) return "expired"
  if (expiresAt.getTime() - now.getTime() <= EXPIRING_WITHIN_DAYS * DAY_MS) return "expiring"
  return "active"
}

/** The newest non-revoked certificate by decision date is the product's current one. */
export function currentCertificate<T extends { decision_date: Date | string; revoked_at?: Date | string | null }>(
  certificates: T[]
): T | undefined {
  return certificates
    .filter((certificate) => !certificate.revoked_at)
    .sort((a, b) => new Date(b.decision_date).getTime() - new Date(a.decision_date).getTime())[0]
}
