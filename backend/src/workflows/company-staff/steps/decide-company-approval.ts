import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "../../../lib/error-codes"
import { COMPANY_MODULE } from "../../../modules/company"
import CompanyModuleService from "../../../modules/company/service"

export type ApprovalDecision = {
  company_id: string
  approval_id: string
  status: "approved" | "rejected"
  decided_by: string
  reason: string | null
}

export const decideCompanyApprovalStepId = "decide-company-approval"

/** A company admin approves or rejects a pending approval of its company; another company's id is unknown here. */
export const decideCompanyApprovalStep = createStep(
  decideCompanyApprovalStepId,
  async (input: ApprovalDecision, { container }) => {
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    const [approval] = await companies.listCompanyApprovals({ id: input.approval_id, company_id: input.company_id })
    if (!approval) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no approval with id ${input.approval_id}`)
    }
    if (approval.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `status: this approval was already ${approval.status}`,
        ERROR_CODES.approvalDecided
      )
    }
    const decided = await companies.updateCompanyApprovals({
      id: approval.id,
      status: input.status,
      decided_by: input.decided_by,
      decided_at: new Date(),
      reason: input.reason,
    })
    return new StepResponse(decided, approval.id)
  },
  async (id, { container }) => {
    if (!id) return
    const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
    await companies.updateCompanyApprovals({ id, status: "pending", decided_by: null, decided_at: null, reason: null })
  }
)
