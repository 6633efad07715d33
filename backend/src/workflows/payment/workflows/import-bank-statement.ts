import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { matchBankStatementStep } from "../steps/match-bank-statement"
import { capturePaymentsStep } from "../steps/capture-payments"

export const importBankStatementWorkflowId = "import-bank-statement"

/**
 * Marks paid exactly the VietQR payments whose reference and amount a bank statement shows, and
 * lists every other credit with its reason for the operator: nothing else is ever accepted.
 */
export const importBankStatementWorkflow = createWorkflow(
  importBankStatementWorkflowId,
  (input: { csv: string; reference_prefix: string; captured_by?: string }) => {
    const result = matchBankStatementStep(input)
    capturePaymentsStep(
      transform({ result, input }, ({ result, input }) =>
        result.matched.map((m) => ({ payment_id: m.payment_id, amount: m.amount, captured_by: input.captured_by }))
      )
    )
    return new WorkflowResponse(result)
  }
)
