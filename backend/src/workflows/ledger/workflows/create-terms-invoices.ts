import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createInvoicesStep } from "../steps/create-invoices"
import { prepareInvoicesStep } from "../steps/prepare-invoices"

export const createTermsInvoicesWorkflowId = "create-terms-invoices"

/** A checkout paid on terms was split: each producer order gets its invoice (once, however often this runs). */
export const createTermsInvoicesWorkflow = createWorkflow(
  createTermsInvoicesWorkflowId,
  (input: { order_group_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => `terms-invoices:${input.order_group_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const invoices = createInvoicesStep(prepareInvoicesStep(input))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(invoices)
  }
)
