import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyRole } from "@ocop/shared"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export type NewCompanyStaff = {
  company_id: string
  customer_id: string
  email: string
  name: string | null
  role: CompanyRole
  monthly_spending_limit: number | null
}

export const createCompanyStaffStepId = "create-company-staff"

export const createCompanyStaffStep = createStep(
  createCompanyStaffStepId,
  async (input: NewCompanyStaff, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const staff = await companies.createCompanyStaffs(input)
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (!id) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.deleteCompanyStaffs(id)
  }
)
