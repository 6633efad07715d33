import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyInviteTokenHash } from "../../../lib/company-invite-token"
import { ERROR_CODES } from "../../../lib/error-codes"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const findOpenCompanyInviteStepId = "find-open-company-invite"

/** The invitation a token opens: not accepted, not expired, and addressed to the signed-in customer's e-mail. */
export const findOpenCompanyInviteStep = createStep(
  findOpenCompanyInviteStepId,
  async (input: { token: string; email: string }, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const [invite] = await companies.listCompanyInvites(
      { token: companyInviteTokenHash(input.token) },
      { relations: ["company"] }
    )
    if (!invite || invite.accepted_at || new Date(invite.expires_at) < new Date()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "token: this invitation is unknown, used or expired",
        ERROR_CODES.inviteUnusable
      )
    }
    if (invite.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "email: this invitation is for another e-mail address; sign in with the invited one",
        ERROR_CODES.inviteForAnotherEmail
      )
    }
    return new StepResponse({
      id: invite.id,
      email: invite.email,
      role: invite.role,
      monthly_spending_limit: invite.monthly_spending_limit,
      company: { id: invite.company.id, status: invite.company.status },
    })
  }
)
