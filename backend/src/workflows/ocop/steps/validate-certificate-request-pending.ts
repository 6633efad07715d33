import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateCertificateRequestPendingStepId = "validate-certificate-request-pending"

/** A scan is decided once: approving or rejecting a decided request is refused. */
export const validateCertificateRequestPendingStep = createStep(
  validateCertificateRequestPendingStepId,
  async (request: { id: string; status: string }) => {
    if (request.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: the certificate request is ${request.status}; only a pending one can be decided`
      )
    }
    return new StepResponse(undefined)
  }
)
