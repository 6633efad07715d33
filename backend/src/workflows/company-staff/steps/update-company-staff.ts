import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyRole } from "@ocop/shared"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export type CompanyStaffChange = { id: string; role?: CompanyRole; monthly_spending_limit?: number | null }

export const updateCompanyStaffStepId = "update-company-staff"

export const updateCompanyStaffStep = createStep(
  updateCompanyStaffStepId,
  async (change: CompanyStaffChange, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const before = await companies.retrieveCompanyStaff(change.id)
    const after = await companies.updateCompanyStaffs(change)
    return new StepResponse(after, {
      id: before.id,
      role: before.role,
      monthly_spending_limit: before.monthly_spending_limit,
    } as CompanyStaffChange)
  },
  async (before, { container }) => {
    if (!before) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.updateCompanyStaffs(before)
  }
)
