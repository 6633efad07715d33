import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buyerOfCustomer } from "../../../lib/buyer-company"
import { ERROR_CODES } from "../../../lib/error-codes"

export const validateNotCompanyStaffStepId = "validate-not-company-staff"

/** A customer buys for one company at most. */
export const validateNotCompanyStaffStep = createStep(
  validateNotCompanyStaffStepId,
  async (customer_id: string, { container }) => {
    if (await buyerOfCustomer(container, customer_id)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "customer: this account already buys for a company; leave it before joining another",
        ERROR_CODES.alreadyCompanyStaff
      )
    }
    return new StepResponse(undefined)
  }
)
