import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateCertificateRequestProductStepId = "validate-certificate-request-product"

/** A producer sends scans only for its own products; any other product answers as if it did not exist. */
export const validateCertificateRequestProductStep = createStep(
  validateCertificateRequestProductStepId,
  async (input: { product_id: string; producer_id: string; product?: { producer?: { id: string } | null } | null }) => {
    if (input.product?.producer?.id !== input.producer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `product: no product with id ${input.product_id}`)
    }
    return new StepResponse(undefined)
  }
)
