import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FileKind, fileKindOf } from "../../../lib/uploads/file-signature"

const MIME_TYPES: Record<FileKind, string> = { pdf: "application/pdf", jpeg: "image/jpeg", png: "image/png", webp: "image/webp" }

export const validateCertificateRequestFileStepId = "validate-certificate-request-file"

/**
 * A certificate scan is a PDF or a photo, judged by its first bytes whatever its name or declared
 * type says; the type stored is the one read here.
 */
export const validateCertificateRequestFileStep = createStep(
  validateCertificateRequestFileStepId,
  async (input: { content_base64: string }) => {
    // 24 base64 characters are the first 18 bytes, enough for every signature.
    const kind = fileKindOf(Buffer.from(input.content_base64.slice(0, 24), "base64"))
    if (!kind) throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: a certificate scan must be a PDF, JPEG, PNG or WebP file")
    return new StepResponse({ kind, mime_type: MIME_TYPES[kind] })
  }
)
