import { MedusaService } from "@medusajs/framework/utils"
import { certificateStatus } from "@ocop/shared"
import { OcopCertificate } from "./models/certificate"
import { OcopCertificateRequest } from "./models/certificate-request"
import { OcopOrigin } from "./models/origin"

const OcopServiceBase = MedusaService({ OcopCertificate, OcopOrigin, OcopCertificateRequest })
type Base = InstanceType<typeof OcopServiceBase>

function withStatus<T extends { expires_at?: Date | string; revoked_at?: Date | string | null }>(certificate: T) {
  const { expires_at, revoked_at } = certificate
  return expires_at ? { ...certificate, status: certificateStatus({ expires_at, revoked_at }) } : certificate
}

/**
 * Certificates carry their status, computed at read time. Query calls these list methods too,
 * so every certificate read through the API has it.
 */
export default class OcopModuleService extends OcopServiceBase {
  // @ts-expect-error MedusaService declares its generated methods as properties; overriding them is supported
  async listOcopCertificates(...args: Parameters<Base["listOcopCertificates"]>) {
    const certificates = await super.listOcopCertificates(...args)
    return certificates.map(withStatus)
  }

  // @ts-expect-error as above
  async listAndCountOcopCertificates(...args: Parameters<Base["listAndCountOcopCertificates"]>) {
    const [certificates, count] = await super.listAndCountOcopCertificates(...args)
    return [certificates.map(withStatus), count] as [typeof certificates, number]
  }
}
