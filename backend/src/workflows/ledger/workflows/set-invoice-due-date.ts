import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findInvoiceDueDateStep } from "../steps/find-invoice-change"
import { updateInvoiceStep } from "../steps/update-invoice"

export const setInvoiceDueDateWorkflowId = "set-invoice-due-date"

/** The producer delivered the order: its invoice's net terms start running. */
export const setInvoiceDueDateWorkflow = createWorkflow(
  setInvoiceDueDateWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(updateInvoiceStep(findInvoiceDueDateStep(input)))
)
