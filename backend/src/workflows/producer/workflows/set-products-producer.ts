import { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { findProducerShippingProfileStep } from "../steps/find-producer-shipping-profile"
import { validateProducerExistsStep } from "../steps/validate-producer-exists"

export const setProductsProducerWorkflowId = "set-products-producer"

/**
 * Gives products their producer (a product has exactly one) and the producer's shipping profile,
 * so each producer's items in a cart take that producer's shipping. Previous links are replaced.
 */
export const setProductsProducerWorkflow = createWorkflow(
  setProductsProducerWorkflowId,
  (input: { producer_id: string; product_ids: string[] }) => {
    validateProducerExistsStep(input.producer_id)
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "producer.id", "shipping_profile.id"],
      filters: { id: input.product_ids },
      options: { throwIfKeyNotFound: true },
    })
    const profileId = findProducerShippingProfileStep(input.producer_id)

    dismissRemoteLinkStep(
      transform({ products }, ({ products }) =>
        (
          products as { id: string; producer?: { id: string } | null; shipping_profile?: { id: string } | null }[]
        ).flatMap((product): LinkDefinition[] => [
          ...(product.producer?.id
            ? [
                {
                  [Modules.PRODUCT]: { product_id: product.id },
                  [PRODUCER_MODULE]: { producer_id: product.producer.id },
                },
              ]
            : []),
          ...(product.shipping_profile?.id
            ? [
                {
                  [Modules.PRODUCT]: { product_id: product.id },
                  [Modules.FULFILLMENT]: { shipping_profile_id: product.shipping_profile.id },
                },
              ]
            : []),
        ])
      )
    )
    const links = createRemoteLinkStep(
      transform({ input, profileId }, ({ input, profileId }) => {
        return input.product_ids.flatMap((product_id): LinkDefinition[] => [
          { [Modules.PRODUCT]: { product_id }, [PRODUCER_MODULE]: { producer_id: input.producer_id } },
          // Producers made before shipping per producer keep their products' profile.
          ...(profileId
            ? [{ [Modules.PRODUCT]: { product_id }, [Modules.FULFILLMENT]: { shipping_profile_id: profileId } }]
            : []),
        ])
      })
    )
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ input }, ({ input }) => ({ product_ids: input.product_ids })),
    })
    return new WorkflowResponse(links)
  }
)
