import { MedusaError } from "@medusajs/framework/utils"
import { PDFDocument } from "pdf-lib"
import sharp from "sharp"
import { checkImage, MAX_IMAGE_MEGAPIXELS } from "./product-image"
import { FileKind, fileKindOf } from "./file-signature"

export const CERTIFICATE_SCAN_MIME_TYPES: Record<FileKind, string> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
}
export const CERTIFICATE_SCAN_EXTENSIONS: Record<FileKind, string> = {
  pdf: "pdf",
  jpeg: "jpg",
  png: "png",
  webp: "webp",
}

const refuse = (field: string, message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)

// Opening the document is what a viewer does first: a file that only starts with "%PDF-" (an HTML
// page behind a PDF header, say) has no catalogue and no page tree, and pdf-lib cannot load it.
async function pageCountOf(buffer: Buffer): Promise<number> {
  try {
    // Scanners often write owner-password PDFs; the page tree is readable without the password.
    const document = await PDFDocument.load(buffer, { ignoreEncryption: true, updateMetadata: false })
    return document.getPageCount()
  } catch {
    return 0
  }
}

/**
 * A certificate scan is a PDF that opens with at least one page, or a JPEG/PNG/WebP photo that
 * decodes whole; its kind comes from its bytes, never from its name or declared type.
 */
export async function checkCertificateScan(buffer: Buffer, field = "file") {
  const kind = fileKindOf(buffer)
  if (!kind) throw refuse(field, "a certificate scan must be a PDF, JPEG, PNG or WebP file")
  if (kind === "pdf") {
    if ((await pageCountOf(buffer)) < 1)
      throw refuse(field, "the PDF cannot be opened or has no page; save or scan it again as PDF")
  } else {
    await checkImage(buffer, field)
    await sharp(buffer, { limitInputPixels: MAX_IMAGE_MEGAPIXELS * 1_000_000, failOn: "warning" })
      .raw()
      .toBuffer()
      .catch(() => {
        throw refuse(field, "the image is damaged or incomplete; export it again as JPEG, PNG or WebP")
      })
  }
  return { kind, mime_type: CERTIFICATE_SCAN_MIME_TYPES[kind], extension: CERTIFICATE_SCAN_EXTENSIONS[kind] }
}
