import { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../ocop/events"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { validateProducerExistsStep } from "../steps/validate-producer-exists"

export const setProductsProducerWorkflowId = "set-products-producer"

/** Gives products their producer (a product has exactly one): the previous link, if any, is replaced. */
export const setProductsProducerWorkflow = createWorkflow(
  setProductsProducerWorkflowId,
  (input: { producer_id: string; product_ids: string[] }) => {
    validateProducerExistsStep(input.producer_id)
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "producer.id"],
      filters: { id: input.product_ids },
      options: { throwIfKeyNotFound: true },
    })

    dismissRemoteLinkStep(
      transform({ products }, ({ products }) =>
        (products as { id: string; producer?: { id: string } | null }[])
          .filter((product) => product.producer?.id)
          .map((product): LinkDefinition => ({
            [Modules.PRODUCT]: { product_id: product.id },
            [PRODUCER_MODULE]: { producer_id: product.producer!.id },
          }))
      )
    )
    const links = createRemoteLinkStep(
      transform({ input }, ({ input }) =>
        input.product_ids.map((product_id): LinkDefinition => ({
          [Modules.PRODUCT]: { product_id },
          [PRODUCER_MODULE]: { producer_id: input.producer_id },
        }))
      )
    )
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ input }, ({ input }) => ({ product_ids: input.product_ids })),
    })
    return new WorkflowResponse(links)
  }
)
