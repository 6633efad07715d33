import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ApprovalDecision, decideCompanyApprovalStep } from "../steps/decide-company-approval"

export const decideCompanyApprovalWorkflowId = "decide-company-approval"

/** A company admin approves or rejects a buyer's cart; two admins deciding at once: the second hears 409. */
export const decideCompanyApprovalWorkflow = createWorkflow(
  decideCompanyApprovalWorkflowId,
  (input: ApprovalDecision) => {
    const lockKey = transform({ input }, ({ input }) => `company-approval:${input.approval_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const decided = decideCompanyApprovalStep(input)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(decided)
  }
)
