import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import OcopModuleService from "../modules/ocop/service"

/**
 * Run once by `medusa db:migrate`: certificate scans sent before scans became private were stored
 * public (served under /static). Each is stored again as a private file, its request points at the
 * new key, and the public copy is deleted. A scan whose file is gone keeps its key (its download is 404).
 */
export default async function certificateScansPrivate({ container }: { container: MedusaContainer }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
  const fileModule = container.resolve(Modules.FILE)
  const requests = await ocopModule.listOcopCertificateRequests(
    {},
    { select: ["id", "product_id", "file_key", "mime_type"], withDeleted: true }
  )
  let moved = 0
  for (const request of requests) {
    const content = await fileModule.getAsBuffer(request.file_key).catch(() => null)
    if (!content) {
      logger.warn(
        `certificate-scans-private: the scan of ${request.id} (${request.file_key}) is missing; left as it is`
      )
      continue
    }
    const [stored] = await fileModule.createFiles([
      {
        filename: `certificate-${request.product_id}.${request.file_key.split(".").pop()}`,
        mimeType: request.mime_type,
        content: content.toString("base64"),
        access: "private",
      },
    ])
    await ocopModule.updateOcopCertificateRequests({ id: request.id, file_key: stored.id })
    await fileModule.deleteFiles(request.file_key)
    moved += 1
  }
  logger.info(`certificate-scans-private: ${moved} of ${requests.length} certificate scans moved to private storage`)
}
