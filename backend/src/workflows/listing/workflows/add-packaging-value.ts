import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setProductProductOptionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PACKAGING_OPTION } from "../listing-content"

export type AddPackagingValueInput = { product_id: string; value: string }

type ProductOption = { id: string; title: string } | null

export const addPackagingValueWorkflowId = "add-packaging-value"

/**
 * Adds a packaging name to the listing's "Quy cách" option: a variant may only take values its
 * product allows, so a new or renamed variant's title is added here first.
 */
export const addPackagingValueWorkflow = createWorkflow(
  addPackagingValueWorkflowId,
  (input: AddPackagingValueInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "options.id", "options.title"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "listing-options" })
    const updated = setProductProductOptionsWorkflow.runAsStep({
      input: transform({ input, products }, ({ input, products }) => ({
        product_id: input.product_id,
        update: (products[0].options as ProductOption[])
          .filter((option) => option?.title === PACKAGING_OPTION)
          .map((option) => ({ product_option_id: option!.id, add: [{ value: input.value }] })),
      })),
    })
    return new WorkflowResponse(updated)
  }
)
