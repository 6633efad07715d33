import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"

export type CertificateRequestDecision = {
  id: string
  status: "approved" | "rejected"
  reason?: string | null
  certificate_id?: string | null
}

export const decideCertificateRequestStepId = "decide-certificate-request"

/** Records the office's decision on a scan; the compensation puts the request back as it was (pending). */
export const decideCertificateRequestStep = createStep(
  decideCertificateRequestStepId,
  async (input: CertificateRequestDecision, { container }) => {
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    const previous = await ocopModule.retrieveOcopCertificateRequest(input.id)
    const updated = await ocopModule.updateOcopCertificateRequests({
      id: input.id,
      status: input.status,
      reason: input.reason ?? null,
      certificate_id: input.certificate_id ?? null,
      reviewed_at: new Date(),
    })
    const { id, status, reason, certificate_id, reviewed_at } = previous
    return new StepResponse(updated, { id, status, reason, certificate_id, reviewed_at })
  },
  async (before, { container }) => {
    if (!before) return
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocopModule.updateOcopCertificateRequests(before)
  }
)
