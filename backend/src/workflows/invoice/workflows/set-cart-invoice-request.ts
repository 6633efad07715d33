import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InvoiceRequest } from "@ocop/shared"
import { setCartInvoiceRequestStep } from "../steps/set-cart-invoice-request"
import { validateCartInvoiceRequestStep } from "../steps/validate-cart-invoice-request"

export const setCartInvoiceRequestWorkflowId = "set-cart-invoice-request"

/**
 * A consumer asks for a VAT e-invoice in a company's name (or withdraws the request with null).
 * The checkout split copies it onto each producer order (`snapshotInvoiceBuyerStep`).
 */
export const setCartInvoiceRequestWorkflow = createWorkflow(
  setCartInvoiceRequestWorkflowId,
  (input: { cart_id: string; request: InvoiceRequest | null }) => {
    validateCartInvoiceRequestStep(input)
    setCartInvoiceRequestStep(input)
    return new WorkflowResponse(undefined)
  }
)
