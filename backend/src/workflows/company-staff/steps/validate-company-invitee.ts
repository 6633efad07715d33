import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "../../../lib/error-codes"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export const validateCompanyInviteeStepId = "validate-company-invitee"

/** An invitation goes to someone not on this company's staff yet, without an open invitation from it. */
export const validateCompanyInviteeStep = createStep(
  validateCompanyInviteeStepId,
  async (input: { company_id: string; email: string }, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const staff = await companies.listCompanyStaffs({ company_id: input.company_id }, { select: ["email"] })
    if (staff.some((member) => member.email.toLowerCase() === input.email.toLowerCase())) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `email: ${input.email} is already on the company's staff`,
        ERROR_CODES.inviteeTaken
      )
    }
    const open = await companies.listCompanyInvites(
      { company_id: input.company_id, email: input.email, accepted_at: null },
      { select: ["id", "expires_at"] }
    )
    if (open.some((invite) => new Date(invite.expires_at) > new Date())) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `email: ${input.email} already has an open invitation`,
        ERROR_CODES.inviteeTaken
      )
    }
    return new StepResponse(undefined)
  }
)
