import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { findCashOnDeliveryStep } from "../steps/find-cash-on-delivery"

export const captureCashOnDeliveryWorkflowId = "capture-cash-on-delivery"

/** Cash on delivery is money in hand only once the parcel is delivered: capture that order's part then. */
export const captureCashOnDeliveryWorkflow = createWorkflow(
  captureCashOnDeliveryWorkflowId,
  (input: { order_id: string }) => {
    const capture = findCashOnDeliveryStep(input)
    when("cash-to-capture", { capture }, ({ capture }) => !!capture).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ capture }, ({ capture }) => ({ payment_id: capture!.payment_id, amount: capture!.amount })),
      })
    })
    return new WorkflowResponse(capture)
  }
)
