import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const updateCompanyStepId = "update-company"

/** Updates one company; the compensation puts back the fields it changed. */
export const updateCompanyStep = createStep(
  updateCompanyStepId,
  async (input: { id: string } & Record<string, unknown>, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const [previous] = await companies.listCompanies({ id: input.id })
    if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${input.id} was not found`)
    const changedFields = Object.keys(input).filter((key) => key !== "id")
    const before = Object.fromEntries(changedFields.map((key) => [key, previous[key as keyof typeof previous]]))
    const updated = await companies.updateCompanies(input)
    return new StepResponse(updated, { id: input.id, ...before })
  },
  async (before, { container }) => {
    if (!before) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.updateCompanies(before)
  }
)
