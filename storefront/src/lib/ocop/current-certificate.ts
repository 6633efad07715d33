import type { OcopCertificate } from "./types"

function isRevoked(certificate: OcopCertificate): boolean {
  return certificate.revoked_at != null || certificate.status === "revoked"
}

/**
 * The certificate a product is judged by: the newest by decision date that was not revoked, so
 * when a re-assessment is revoked the certificate before it stands again. It may have expired.
 */
export function currentCertificate(
  certificates: readonly OcopCertificate[] | null | undefined
): OcopCertificate | null {
  let current: OcopCertificate | null = null
  for (const certificate of certificates ?? []) {
    if (isRevoked(certificate)) continue
    if (!current || Date.parse(certificate.decision_date) > Date.parse(current.decision_date)) {
      current = certificate
    }
  }
  return current
}

/** An expired product keeps selling but may not show OCOP stars; one about to expire still may. */
export function earnsStarBadge(
  certificate: OcopCertificate | null
): certificate is OcopCertificate {
  return certificate?.status === "active" || certificate?.status === "expiring"
}

/** The stars to show on the product, or null when it earns no badge. */
export function badgeStars(
  certificates: readonly OcopCertificate[] | null | undefined
): number | null {
  const certificate = currentCertificate(certificates)
  return earnsStarBadge(certificate) ? certificate.stars : null
}
