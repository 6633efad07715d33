import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { extendCartHoldsStep } from "../steps/extend-cart-holds"

export const extendCartHoldsWorkflowId = "extend-cart-holds"

/** The buyer is still at it: the cart's held places last another HOLD_MINUTES. */
export const extendCartHoldsWorkflow = createWorkflow(
  extendCartHoldsWorkflowId,
  (input: { cart_id: string; now?: Date | string }) => new WorkflowResponse(extendCartHoldsStep(input))
)
