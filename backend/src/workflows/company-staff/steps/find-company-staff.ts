import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const findCompanyStaffStepId = "find-company-staff"

/** A staff member of this company; another company's (or nobody's) id is unknown here. */
export const findCompanyStaffStep = createStep(
  findCompanyStaffStepId,
  async (input: { company_id: string; staff_id: string }, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const [staff] = await companies.listCompanyStaffs({ id: input.staff_id, company_id: input.company_id })
    if (!staff) throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no staff member with id ${input.staff_id}`)
    return new StepResponse(staff)
  }
)
