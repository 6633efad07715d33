import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findInvoiceToCancelStep } from "../steps/find-invoice-change"
import { updateInvoiceStep } from "../steps/update-invoice"

export const cancelOrderInvoiceWorkflowId = "cancel-order-invoice"

/** A cancelled producer order is owed nothing: its open invoice is cancelled. */
export const cancelOrderInvoiceWorkflow = createWorkflow(
  cancelOrderInvoiceWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(updateInvoiceStep(findInvoiceToCancelStep(input)))
)
