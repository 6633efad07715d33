import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export type UploadedFile = { fieldname: string; originalname: string; mimetype: string; size: number; buffer: Buffer }

const MB = 1024 * 1024

/**
 * Reads one multipart file from `field` into memory, at most `maxBytes` (multer stops reading past
 * it). Every mistake — no file, a second file, another field, too large, a broken body — is a 400 naming the field.
 */
export function acceptUpload(field: string, maxBytes: number) {
  // Browsers send a file's name as raw UTF-8 (a Vietnamese "Giấy chứng nhận.pdf"); busboy would read it as latin1.
  const upload = multer({
    storage: multer.memoryStorage(),
    defParamCharset: "utf8",
    limits: { fileSize: maxBytes, files: 1, fields: 20 },
  }).single(field)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!req.is("multipart/form-data")) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: send the file as multipart/form-data`))
    }
    upload(req as never, res as never, (error?: unknown) => {
      if (error instanceof multer.MulterError) {
        const message =
          error.code === "LIMIT_FILE_SIZE"
            ? `${field}: the file is larger than ${Math.round(maxBytes / MB)} MB`
            : error.code === "LIMIT_UNEXPECTED_FILE"
              ? `${field}: expected one file in the field "${field}", got "${error.field}"`
              : `${field}: ${error.message}`
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
      }
      // Busboy's own errors: a body that is not the multipart it says it is (no boundary, cut short, bad headers).
      if (error)
        return next(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `${field}: the multipart body is malformed (${(error as Error).message})`
          )
        )
      if (!uploadedFile(req)) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: no file was sent`))
      next()
    })
  }
}

export function uploadedFile(req: MedusaRequest): UploadedFile | undefined {
  return (req as MedusaRequest & { file?: UploadedFile }).file
}
