import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const validateCompanyAddressStepId = "validate-company-address"

/** The address must be one of the company's own: another company's (or none) is 404, as if it did not exist. */
export const validateCompanyAddressStep = createStep(
  validateCompanyAddressStepId,
  async (input: { id: string; company_id: string }, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const [address] = await companies.listCompanyAddresses(
      { id: input.id, company_id: input.company_id },
      { select: ["id"], take: 1 }
    )
    if (!address) throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no delivery address ${input.id}`)
    return new StepResponse(undefined)
  }
)
