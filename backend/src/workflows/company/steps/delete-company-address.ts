import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const deleteCompanyAddressStepId = "delete-company-address"

/** Removes a delivery address (soft delete, so the compensation restores it). */
export const deleteCompanyAddressStep = createStep(
  deleteCompanyAddressStepId,
  async (input: { id: string }, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.softDeleteCompanyAddresses(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.restoreCompanyAddresses(id)
  }
)
