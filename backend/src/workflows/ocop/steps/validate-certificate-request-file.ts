import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkCertificateScan } from "../../../lib/uploads/certificate-scan"

export const validateCertificateRequestFileStepId = "validate-certificate-request-file"

/**
 * A certificate scan is a PDF that opens or a photo that decodes, judged by its bytes whatever its
 * name or declared type says; the type stored is the one read here.
 */
export const validateCertificateRequestFileStep = createStep(
  validateCertificateRequestFileStepId,
  async (input: { content_base64: string }) => {
    return new StepResponse(await checkCertificateScan(Buffer.from(input.content_base64, "base64")))
  }
)
