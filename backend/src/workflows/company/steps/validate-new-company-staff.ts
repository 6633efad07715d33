import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "../../../lib/error-codes"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const validateNewCompanyStaffStepId = "validate-new-company-staff"

/** A customer buys for at most one company: one who already does cannot register another (409). */
export const validateNewCompanyStaffStep = createStep(
  validateNewCompanyStaffStepId,
  async (input: { customer_id: string }, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const [staff] = await companies.listCompanyStaffs({ customer_id: input.customer_id }, { select: ["id"], take: 1 })
    if (staff) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "customer: this account already buys for a company",
        ERROR_CODES.alreadyCompanyStaff
      )
    }
    return new StepResponse(undefined)
  }
)
