import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCT_SEARCH_REFRESH_EVENT } from "../../../lib/events"

const SLICE = 200
const sliced = (ids: string[]) =>
  Array.from({ length: Math.ceil(ids.length / SLICE) }, (_, i) => ids.slice(i * SLICE, (i + 1) * SLICE))

export type RefreshProductSearchInput = { product_ids: string[] }

export const refreshProductSearchWorkflowId = "refresh-product-search"

/** Asks the search index to rebuild these products' documents, in slices the index reads in one query each. */
export const refreshProductSearchWorkflow = createWorkflow(
  refreshProductSearchWorkflowId,
  (input: RefreshProductSearchInput) => {
    emitEventStep({
      eventName: PRODUCT_SEARCH_REFRESH_EVENT,
      data: transform({ input }, ({ input }) => sliced(input.product_ids).map((product_ids) => ({ product_ids }))),
    })
    return new WorkflowResponse(input.product_ids)
  }
)
