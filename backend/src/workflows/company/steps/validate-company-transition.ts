import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyStatus } from "@ocop/shared"

// What the office may do from each status: verify or reject a registration (a rejected company
// registers again by correcting its details), suspend a verified company, reinstate a suspended one.
export const COMPANY_TRANSITIONS = {
  verify: { from: ["pending"], to: "verified", done: "verified" },
  reject: { from: ["pending"], to: "rejected", done: "rejected" },
  suspend: { from: ["verified"], to: "suspended", done: "suspended" },
  reinstate: { from: ["suspended"], to: "verified", done: "reinstated" },
} as const satisfies Record<string, { from: CompanyStatus[]; to: CompanyStatus; done: string }>
export type CompanyDecision = keyof typeof COMPANY_TRANSITIONS

export const validateCompanyTransitionStepId = "validate-company-transition"

/** Refuses a decision the company's status does not allow (409 naming status): verifying a verified company. */
export const validateCompanyTransitionStep = createStep(
  validateCompanyTransitionStepId,
  async (input: { status: CompanyStatus; decision: CompanyDecision }) => {
    const { from, done } = COMPANY_TRANSITIONS[input.decision]
    if (!(from as readonly CompanyStatus[]).includes(input.status)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `status: the company is ${input.status}; only a ${from.join(" or ")} company can be ${done}`
      )
    }
    return new StepResponse(undefined)
  }
)
