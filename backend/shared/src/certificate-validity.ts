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

/** A certificate as the database holds it, or as the store API sends it (with its status, dates as strings). */
type DatedCertificate = { decision_date: Date | string; revoked_at?: Date | string | null; status?: CertificateStatus }

/**
 * The certificate a product is judged by: the newest by decision date that was not revoked, so
 * when a re-assessment is revoked the certificate before it stands again. It may have expired.
 */
export function currentCertificate<T extends DatedCertificate>(
  certificates: readonly T[] | null | undefined
): T | null {
  let current: T | null = null
  for (const certificate of certificates ?? []) {
    if (certificate.revoked_at || certificate.status === "revoked") continue
    if (!current || new Date(certificate.decision_date).getTime() > new Date(current.decision_date).getTime()) {
      current = certificate
    }
  }
  return current
}

/** An expired product keeps selling but may not show OCOP stars; one about to expire still may. */
export function earnsStarBadge<T extends { status: CertificateStatus }>(
  certificate: T | null | undefined
): certificate is T {
  return certificate?.status === "active" || certificate?.status === "expiring"
}

/** The stars to show on the product, or null when it earns no badge. */
export function badgeStars<T extends DatedCertificate & { status: CertificateStatus; stars: number }>(
  certificates: readonly T[] | null | undefined
): number | null {
  const certificate = currentCertificate(certificates)
  return earnsStarBadge(certificate) ? certificate.stars : null
}
