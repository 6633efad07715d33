import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isValidBuyerTaxCode } from "@ocop/shared"
import { ERROR_CODES, invalidFieldCode } from "../../../lib/error-codes"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const validateCompanyTaxCodeStepId = "validate-company-tax-code"

/**
 * A buyer's tax code must be a valid MST (a 12-digit personal id only for a household business)
 * that no other company has (409). `company_id` is the company being changed, which may keep its own.
 */
export const validateCompanyTaxCodeStep = createStep(
  validateCompanyTaxCodeStepId,
  async (input: { tax_code: string; household_business: boolean; company_id?: string }, { container }) => {
    if (!isValidBuyerTaxCode(input.tax_code, input.household_business)) {
      const expected = input.household_business
        ? "10 digits with a valid check digit, 10-3 for a branch, or the owner's 12-digit personal id"
        : "10 digits with a valid check digit, or 10-3 for a branch (a 12-digit personal id only for a household business)"
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `tax_code: ${input.tax_code} is not a valid tax code: ${expected}`,
        invalidFieldCode("tax_code")
      )
    }
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const [holder] = await companies.listCompanies({ tax_code: input.tax_code }, { select: ["id"], take: 1 })
    if (holder && holder.id !== input.company_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `tax_code: a company with tax code ${input.tax_code} is already registered`,
        ERROR_CODES.companyTaxCodeTaken
      )
    }
    return new StepResponse(undefined)
  }
)
