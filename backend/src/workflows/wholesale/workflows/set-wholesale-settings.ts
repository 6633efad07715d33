import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProducerStep } from "../../producer/steps/update-producer"

export type SetWholesaleSettingsInput = { producer_id: string; wholesale_min_order_value: number | null }

export const setWholesaleSettingsWorkflowId = "set-wholesale-settings"

/** Sets the subtotal in VND a wholesale buyer's part of a cart from this producer must reach (null: none). */
export const setWholesaleSettingsWorkflow = createWorkflow(
  setWholesaleSettingsWorkflowId,
  (input: SetWholesaleSettingsInput) => {
    const producer = updateProducerStep({
      id: input.producer_id,
      wholesale_min_order_value: input.wholesale_min_order_value,
    })
    return new WorkflowResponse(producer)
  }
)
