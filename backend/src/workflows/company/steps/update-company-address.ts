import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"
import { CompanyAddressDetails } from "./create-company"

export const updateCompanyAddressStepId = "update-company-address"

/** Changes a delivery address; the compensation puts back the fields it changed. */
export const updateCompanyAddressStep = createStep(
  updateCompanyAddressStepId,
  async (input: Partial<CompanyAddressDetails> & { id: string }, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const previous = await companies.retrieveCompanyAddress(input.id)
    const fields = Object.keys(input) as (keyof typeof input)[]
    const before = Object.fromEntries(fields.map((key) => [key, previous[key]]))
    const address = await companies.updateCompanyAddresses(input)
    return new StepResponse(address, before as { id: string })
  },
  async (before, { container }) => {
    if (!before) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.updateCompanyAddresses(before)
  }
)
