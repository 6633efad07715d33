import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPIRY_NOTICE_DAYS } from "@ocop/shared"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"

const DAY_MS = 24 * 60 * 60 * 1000

export type DueNotices = {
  expiring: { id: string; days: number; expires_at: Date }[]
  expired: { id: string; expires_at: Date }[]
}

export const findDueExpiryNoticesStepId = "find-due-expiry-notices"

/**
 * Certificates owed a notice: expired and not yet told so; expiring within 30 days and not told at
 * 30; within 90 and not told at 90. The nearest notice wins, so a late start never sends both.
 */
export const findDueExpiryNoticesStep = createStep(
  findDueExpiryNoticesStepId,
  async (input: { now: Date }, { container }) => {
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    const now = new Date(input.now)
    const horizon = new Date(now.getTime() + Math.max(...EXPIRY_NOTICE_DAYS) * DAY_MS)
    const candidates = await ocopModule.listOcopCertificates(
      {
        revoked_at: null,
        expires_at: { $lte: horizon },
        $or: [{ notified_90_days_at: null }, { notified_30_days_at: null }, { notified_expired_at: null }],
      },
      { take: null }
    )
    const due: DueNotices = { expiring: [], expired: [] }
    for (const certificate of candidates) {
      const expiresAt = new Date(certificate.expires_at)
      if (expiresAt <= now) {
        if (!certificate.notified_expired_at) due.expired.push({ id: certificate.id, expires_at: expiresAt })
        continue
      }
      const days = [...EXPIRY_NOTICE_DAYS]
        .sort((a, b) => a - b)
        .find((d) => expiresAt.getTime() - now.getTime() <= d * DAY_MS)!
      const alreadySent = days === 30 ? certificate.notified_30_days_at : certificate.notified_90_days_at
      if (!alreadySent) due.expiring.push({ id: certificate.id, days, expires_at: expiresAt })
    }
    return new StepResponse(due)
  }
)
