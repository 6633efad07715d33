import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"

export const updateCertificateStepId = "update-certificate"

/** Updates one certificate; the compensation writes back the fields it changed. */
export const updateCertificateStep = createStep(
  updateCertificateStepId,
  async (input: { id: string } & Record<string, unknown>, { container }) => {
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    const previous = await ocopModule.retrieveOcopCertificate(input.id)
    const before = Object.fromEntries(
      Object.keys(input).map((key) => [key, previous[key as keyof typeof previous]])
    ) as { id: string }
    const updated = await ocopModule.updateOcopCertificates(input)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocopModule.updateOcopCertificates(before)
  }
)
