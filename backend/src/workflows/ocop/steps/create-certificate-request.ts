import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import OcopModuleService from "../../../modules/ocop/service"

export type NewCertificateRequest = {
  product_id: string
  producer_id: string
  file_key: string
  file_name: string
  mime_type: string
  note?: string | null
}

export const createCertificateRequestStepId = "create-certificate-request"

export const createCertificateRequestStep = createStep(
  createCertificateRequestStepId,
  async (input: NewCertificateRequest, { container }) => {
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    const request = await ocopModule.createOcopCertificateRequests(input)
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (!id) return
    const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocopModule.deleteOcopCertificateRequests(id)
  }
)
