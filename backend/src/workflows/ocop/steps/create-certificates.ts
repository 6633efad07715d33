import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"
import { ValidatedCertificate } from "./validate-certificates"

export type NewCertificate = ValidatedCertificate & { revoked_at: Date | null; revocation_reason: string | null }

export const createCertificatesStepId = "create-certificates"

export const createCertificatesStep = createStep(
  createCertificatesStepId,
  async (certificates: NewCertificate[], { container }) => {
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    const created = await ocopModule.createOcopCertificates(certificates)
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocopModule.deleteOcopCertificates(ids)
  }
)
