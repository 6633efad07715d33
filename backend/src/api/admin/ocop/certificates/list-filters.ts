import { CertificateStatus, EXPIRING_WITHIN_DAYS } from "@ocop/shared"
import { AdminListCertificatesType } from "./validators"

const DAY_MS = 24 * 60 * 60 * 1000

/** Status is computed at read time; as a filter it becomes conditions on expires_at and revoked_at. */
function statusCondition(status: CertificateStatus, now: Date) {
  const expiringFrom = new Date(now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS)
  switch (status) {
    case "revoked":
      return { revoked_at: { $ne: null } }
    case "expired":
      return { revoked_at: null, expires_at: { $lte: now } }
    case "expiring":
      return { revoked_at: null, expires_at: { $gt: now, $lte: expiringFrom } }
    case "active":
      return { revoked_at: null, expires_at: { $gt: expiringFrom } }
  }
}

export function certificateListFilters(query: AdminListCertificatesType, now = new Date()) {
  const and: Record<string, unknown>[] = []
  if (query.status?.length) and.push({ $or: query.status.map((status) => statusCondition(status, now)) })
  if (query.expiring_within) {
    and.push({
      revoked_at: null,
      expires_at: { $gt: now, $lte: new Date(now.getTime() + query.expiring_within * DAY_MS) },
    })
  }
  if (query.stars?.length) and.push({ stars: query.stars })
  if (query.group?.length) and.push({ product_group: query.group })
  if (query.product_set?.length) and.push({ product_set: query.product_set })
  if (query.q) and.push({ certificate_number: { $ilike: `%${query.q}%` } })
  return and.length ? { $and: and } : {}
}
