import path from "node:path"
import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CERTIFICATE_SCAN_EXTENSIONS, CERTIFICATE_SCAN_MIME_TYPES } from "../lib/uploads/certificate-scan"

type ScanRow = { id: string; file_key: string; file_name: string; mime_type: string }

const EXTENSION_BY_MIME_TYPE = new Map(
  Object.entries(CERTIFICATE_SCAN_MIME_TYPES).map(([kind, mime]) => [
    mime,
    CERTIFICATE_SCAN_EXTENSIONS[kind as keyof typeof CERTIFICATE_SCAN_MIME_TYPES],
  ])
)

/**
 * Sends the private scan of the certificate request `id`, among those `filters` allow (a producer's
 * own), or 404. It is always a download of the type read from its bytes at upload: nosniff and
 * attachment keep a browser from rendering it as a page, and nothing on the way may keep a copy.
 */
export async function sendCertificateScan(
  req: Pick<MedusaRequest, "scope" | "params">,
  res: MedusaResponse,
  filters: { producer_id?: string } = {}
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate_request",
    fields: ["id", "file_key", "file_name", "mime_type"],
    filters: { id: req.params.id, ...filters },
  })
  const scan = data[0] as ScanRow | undefined
  if (!scan)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Certificate request with id: ${req.params.id} was not found`)
  const content = await req.scope
    .resolve(Modules.FILE)
    .getAsBuffer(scan.file_key)
    .catch(() => {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `The scan of certificate request ${scan.id} is no longer stored`
      )
    })
  // The producer's file name is a label: the extension always follows the stored type.
  const extension = EXTENSION_BY_MIME_TYPE.get(scan.mime_type) ?? "bin"
  res.attachment(`${path.parse(scan.file_name).name || "certificate"}.${extension}`)
  res.set({
    "Content-Type": scan.mime_type,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  })
  res.status(200).send(content)
}
