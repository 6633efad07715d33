import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyStatus } from "@ocop/shared"

// Who the company is (and so what the office checked) is fixed once verified; contact details are not.
const IDENTITY_FIELDS = ["legal_name", "tax_code", "household_business", "buyer_type"] as const

export const validateCompanyUpdateStepId = "validate-company-update"

/** A verified or suspended company keeps its legal name, tax code and kind (409 naming the field). */
export const validateCompanyUpdateStep = createStep(
  validateCompanyUpdateStepId,
  async (input: { company: Record<string, unknown> & { status: CompanyStatus }; changes: Record<string, unknown> }) => {
    if (input.company.status === "pending" || input.company.status === "rejected") return new StepResponse(undefined)
    const changed = IDENTITY_FIELDS.find(
      (field) => input.changes[field] !== undefined && input.changes[field] !== input.company[field]
    )
    if (changed) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${changed}: cannot change once the office has verified the company; ask the OCOP office`
      )
    }
    return new StepResponse(undefined)
  }
)
