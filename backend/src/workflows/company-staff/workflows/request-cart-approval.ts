import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createCompanyApprovalStep } from "../steps/create-company-approval"
import { validateApprovalRequestStep } from "../steps/validate-approval-request"

export const requestCartApprovalWorkflowId = "request-cart-approval"

/** A company buyer asks its admins to approve a cart above the company's approval threshold. */
export const requestCartApprovalWorkflow = createWorkflow(
  requestCartApprovalWorkflowId,
  (input: { cart_id: string; customer_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => `company-approval-cart:${input.cart_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const request = validateApprovalRequestStep(input)
    const approval = createCompanyApprovalStep(
      transform({ input, request }, ({ input, request }) => ({
        company_id: request.company_id,
        cart_id: input.cart_id,
        requested_by: input.customer_id,
        total: request.total,
      }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(approval)
  }
)
