import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const deleteCompanyStaffStepId = "delete-company-staff"

export const deleteCompanyStaffStep = createStep(
  deleteCompanyStaffStepId,
  async (id: string, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const staff = await companies.retrieveCompanyStaff(id)
    await companies.deleteCompanyStaffs(id)
    return new StepResponse(staff, staff)
  },
  async (staff, { container }) => {
    if (!staff) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.createCompanyStaffs({
      id: staff.id,
      customer_id: staff.customer_id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
      monthly_spending_limit: staff.monthly_spending_limit,
      company_id: (staff as unknown as { company_id: string }).company_id,
    })
  }
)
