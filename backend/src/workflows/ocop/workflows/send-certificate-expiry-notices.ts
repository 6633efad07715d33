import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { findDueExpiryNoticesStep } from "../steps/find-due-expiry-notices"
import { markExpiryNoticesSentStep } from "../steps/mark-expiry-notices-sent"

export const CERTIFICATE_EXPIRING_EVENT = "ocop.certificate.expiring"
export const CERTIFICATE_EXPIRED_EVENT = "ocop.certificate.expired"

export const sendCertificateExpiryNoticesWorkflowId = "send-certificate-expiry-notices"

/** Emits ocop.certificate.expiring (at 90 and 30 days) and ocop.certificate.expired, once per certificate each. */
export const sendCertificateExpiryNoticesWorkflow = createWorkflow(
  sendCertificateExpiryNoticesWorkflowId,
  (input: { now: Date }) => {
    const due = findDueExpiryNoticesStep(input)
    markExpiryNoticesSentStep({ due, now: input.now })
    emitEventStep({
      eventName: CERTIFICATE_EXPIRING_EVENT,
      data: transform({ due }, ({ due }) =>
        due.expiring.map((n) => ({ id: n.id, days_before_expiry: n.days, expires_at: n.expires_at }))
      ),
    }).config({ name: "emit-certificate-expiring" })
    emitEventStep({
      eventName: CERTIFICATE_EXPIRED_EVENT,
      data: transform({ due }, ({ due }) => due.expired.map((n) => ({ id: n.id, expires_at: n.expires_at }))),
    }).config({ name: "emit-certificate-expired" })
    return new WorkflowResponse(due)
  }
)
