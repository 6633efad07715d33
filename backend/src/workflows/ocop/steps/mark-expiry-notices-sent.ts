import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"
import { DueNotices } from "./find-due-expiry-notices"

export const markExpiryNoticesSentStepId = "mark-expiry-notices-sent"

/** Records the notices as sent (a 30-day notice also settles the 90-day one); the compensation clears them. */
export const markExpiryNoticesSentStep = createStep(
  markExpiryNoticesSentStepId,
  async (input: { due: DueNotices; now: Date }, { container }) => {
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    const ids = [...input.due.expiring.map((n) => n.id), ...input.due.expired.map((n) => n.id)]
    const previous = ids.length
      ? await ocopModule.listOcopCertificates(
          { id: ids },
          { select: ["id", "notified_90_days_at", "notified_30_days_at", "notified_expired_at"] }
        )
      : []
    const now = new Date(input.now)
    const updates = [
      ...input.due.expiring.map((notice) => ({
        id: notice.id,
        notified_90_days_at: previous.find((p) => p.id === notice.id)?.notified_90_days_at ?? now,
        ...(notice.days === 30 ? { notified_30_days_at: now } : {}),
      })),
      ...input.due.expired.map((notice) => ({ id: notice.id, notified_expired_at: now })),
    ]
    if (updates.length) await ocopModule.updateOcopCertificates(updates)
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocopModule.updateOcopCertificates(previous)
  }
)
