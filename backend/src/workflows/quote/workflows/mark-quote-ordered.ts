import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findQuoteOfOrderGroupStep } from "../steps/find-quote-of-order-group"
import { updateQuoteStep } from "../steps/update-quote"

export const markQuoteOrderedWorkflowId = "mark-quote-ordered"

/** A placed checkout of a quote's prepared cart makes that quote `accepted`, with the producer orders it made. */
export const markQuoteOrderedWorkflow = createWorkflow(
  markQuoteOrderedWorkflowId,
  (input: { order_group_id: string }) => {
    const ordered = findQuoteOfOrderGroupStep(input)
    when("quote-checked-out", { ordered }, ({ ordered }) => !!ordered).then(() => {
      updateQuoteStep(
        transform({ ordered }, ({ ordered }) => ({
          id: ordered!.quote_id,
          status: "accepted" as const,
          order_ids: ordered!.order_ids,
        }))
      )
    })
    return new WorkflowResponse(ordered)
  }
)
