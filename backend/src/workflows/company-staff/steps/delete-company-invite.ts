import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const deleteCompanyInviteStepId = "delete-company-invite"

/** Withdraws an invitation of this company not accepted yet; another company's id is unknown here. */
export const deleteCompanyInviteStep = createStep(
  deleteCompanyInviteStepId,
  async (input: { company_id: string; invite_id: string }, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const [invite] = await companies.listCompanyInvites({
      id: input.invite_id,
      company_id: input.company_id,
      accepted_at: null,
    })
    if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no open invitation with id ${input.invite_id}`)
    await companies.deleteCompanyInvites(invite.id)
    return new StepResponse(invite.id, { ...invite, company_id: input.company_id })
  },
  async (invite, { container }) => {
    if (!invite) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.createCompanyInvites({
      id: invite.id,
      email: invite.email,
      role: invite.role,
      monthly_spending_limit: invite.monthly_spending_limit,
      token: invite.token,
      expires_at: invite.expires_at,
      company_id: invite.company_id,
    })
  }
)
