import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const markCompanyInviteAcceptedStepId = "mark-company-invite-accepted"

export const markCompanyInviteAcceptedStep = createStep(
  markCompanyInviteAcceptedStepId,
  async (id: string, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.updateCompanyInvites({ id, accepted_at: new Date() })
    return new StepResponse(undefined, id)
  },
  async (id, { container }) => {
    if (!id) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.updateCompanyInvites({ id, accepted_at: null })
  }
)
