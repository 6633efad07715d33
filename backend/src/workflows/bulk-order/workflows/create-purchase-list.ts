import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createPurchaseListStep } from "../steps/create-purchase-list"
import { validatePurchaseListLinesStep } from "../steps/validate-purchase-list-lines"

export const createPurchaseListWorkflowId = "create-purchase-list"

type Input = { company_id: string; customer_id: string; name: string; cart_id: string }

/** Saves a cart's lines under a name, as a list every staff member of the company can add to a cart later. */
export const createPurchaseListWorkflow = createWorkflow(createPurchaseListWorkflowId, (input: Input) => {
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "items.variant_id", "items.quantity"],
    filters: { id: input.cart_id },
    options: { throwIfKeyNotFound: true },
  })
  const cart = transform({ carts }, ({ carts }) => carts[0])
  const items = validatePurchaseListLinesStep(cart)
  const list = createPurchaseListStep({
    company_id: input.company_id,
    created_by: input.customer_id,
    name: input.name,
    items,
  })
  return new WorkflowResponse(list)
})
