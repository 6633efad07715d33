import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

export const capturePaymentsStepId = "capture-payments"

/**
 * Captures each payment through Medusa's own workflow, which records the capture on the order
 * (paid status, transactions) and emits payment.captured. One after another: a statement rarely
 * holds many, and each capture locks its payment collection.
 */
export const capturePaymentsStep = createStep(
  capturePaymentsStepId,
  async (captures: { payment_id: string; amount: number; captured_by?: string }[], { container }) => {
    for (const capture of captures) {
      await capturePaymentWorkflow(container).run({ input: capture })
    }
    return new StepResponse(captures.map((c) => c.payment_id))
  }
)
