import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const createCompanyApprovalStepId = "create-company-approval"

export const createCompanyApprovalStep = createStep(
  createCompanyApprovalStepId,
  async (input: { company_id: string; cart_id: string; requested_by: string; total: number }, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const approval = await companies.createCompanyApprovals(input)
    return new StepResponse(approval, approval.id)
  },
  async (id, { container }) => {
    if (!id) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.deleteCompanyApprovals(id)
  }
)
