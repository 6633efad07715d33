import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { checkBulkLinesStep, type CheckBulkLinesInput } from "../steps/check-bulk-lines"

export const addBulkLinesWorkflowId = "add-bulk-lines"

/**
 * Adds the good rows of an upload, a purchase list or a past order to a cart in one run of Medusa's
 * add-to-cart flow (so its hooks judge them again, under the cart's lock), and answers which rows
 * were added and why the others were not.
 */
export const addBulkLinesWorkflow = createWorkflow(addBulkLinesWorkflowId, (input: CheckBulkLinesInput) => {
  const checked = checkBulkLinesStep(input)
  const items = transform({ checked }, ({ checked }) =>
    checked.added.map((line) => ({ variant_id: line.variant_id, quantity: line.quantity }))
  )
  when({ items }, ({ items }) => items.length > 0).then(() => {
    addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items } })
  })
  return new WorkflowResponse(checked)
})
