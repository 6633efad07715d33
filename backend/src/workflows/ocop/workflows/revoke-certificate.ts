import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { updateCertificateStep } from "../steps/update-certificate"

export const revokeCertificateWorkflowId = "revoke-certificate"

const validateNotRevokedStep = createStep(
  "validate-certificate-not-revoked",
  async (certificate: { id: string; revoked_at: Date | null }) => {
    if (certificate.revoked_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Certificate ${certificate.id} is already revoked`)
    }
  }
)

/** The programme office revokes a certificate (kept in the history, no longer current). */
export const revokeCertificateWorkflow = createWorkflow(
  revokeCertificateWorkflowId,
  (input: { id: string; revocation_reason: string }) => {
    const { data: certificates } = useQueryGraphStep({
      entity: "ocop_certificate",
      fields: ["id", "revoked_at", "product.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    validateNotRevokedStep(
      transform({ certificates }, ({ certificates }) => certificates[0] as { id: string; revoked_at: Date | null })
    )
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ certificates }, ({ certificates }) => ({
        product_ids: [(certificates[0] as { product?: { id: string } }).product?.id].filter(Boolean),
      })),
    })
    return new WorkflowResponse(
      updateCertificateStep(transform({ input }, ({ input }) => ({ ...input, revoked_at: new Date() })))
    )
  }
)
