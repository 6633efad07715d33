import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyRole } from "@ocop/shared"
import { companyInviteTokenHash, newCompanyInviteToken } from "../../../lib/company-invite-token"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

const INVITE_DAYS = 7

export type CompanyInviteInput = {
  company_id: string
  email: string
  role: CompanyRole
  monthly_spending_limit: number | null
}

export const createCompanyInviteStepId = "create-company-invite"

/** Stores the invitation with its token's hash; the token itself leaves only in the e-mail. */
export const createCompanyInviteStep = createStep(
  createCompanyInviteStepId,
  async (input: CompanyInviteInput, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const token = newCompanyInviteToken()
    const invite = await companies.createCompanyInvites({
      ...input,
      email: input.email.toLowerCase(),
      token: companyInviteTokenHash(token),
      expires_at: new Date(Date.now() + INVITE_DAYS * 24 * 3600_000),
    })
    return new StepResponse({ invite, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.deleteCompanyInvites(id)
  }
)
