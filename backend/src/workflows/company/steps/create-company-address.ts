import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"
import { CompanyAddressDetails } from "./create-company"

export const createCompanyAddressStepId = "create-company-address"

/** Adds a delivery address to a company; undone by deleting it. */
export const createCompanyAddressStep = createStep(
  createCompanyAddressStepId,
  async (input: CompanyAddressDetails & { company_id: string }, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const address = await companies.createCompanyAddresses(input)
    return new StepResponse(address, address.id)
  },
  async (id, { container }) => {
    if (!id) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.deleteCompanyAddresses(id)
  }
)
