import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createRemoteLinkStep,
  emitEventStep,
  updateShippingOptionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { resolvePlacesStep } from "../../ocop/steps/resolve-places"
import { hasFlatStandardDelivery, standardDeliveryUpdates } from "../delivery-terms"
import { DELIVERY_PROVIDER_ID } from "../shipping-options"
import { updateProducerStep } from "../steps/update-producer"
import { validateProducersStep } from "../steps/validate-producers"

export type UpdateProducerInput = { id: string } & Record<string, unknown> & {
    province_code?: string
    commune_code?: string
    former_district?: string | null
    shipping_fee?: number
    free_shipping_threshold?: number | null
  }

export const updateProducerWorkflowId = "update-producer"

/**
 * Edits a producer's details; a new place is checked against the commune it names. A new delivery
 * fee or free-delivery threshold is written into its standard delivery option, which prices from it.
 */
export const updateProducerWorkflow = createWorkflow(updateProducerWorkflowId, (input: UpdateProducerInput) => {
  const { data: existing } = useQueryGraphStep({
    entity: "producer",
    fields: [
      "id",
      "province_code",
      "commune_code",
      "ethnic_minority_led",
      "products.id",
      "shipping_profile.id",
      "stock_location.id",
    ],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  })
  validateProducersStep(
    transform({ input, existing }, ({ input, existing }) => ({
      producers: [{ ethnic_minority_led: existing[0].ethnic_minority_led, ...input }],
    }))
  )
  const placeChanged = transform(
    { input },
    ({ input }) => !!(input.province_code || input.commune_code || input.former_district)
  )
  const place = when({ placeChanged }, ({ placeChanged }) => placeChanged).then(() =>
    resolvePlacesStep(
      transform({ input, existing }, ({ input, existing }) => ({
        places: [
          {
            province_code: input.province_code ?? existing[0].province_code,
            commune_code: input.commune_code ?? existing[0].commune_code,
            former_district: input.former_district,
          },
        ],
      }))
    )
  )
  const update = transform({ input, place }, ({ input, place }) =>
    place ? { ...input, former_district: place[0].former_district } : input
  )
  const producer = updateProducerStep(update)

  const termsChanged = transform(
    { input },
    ({ input }) => "shipping_fee" in input || "free_shipping_threshold" in input
  )
  when("producer-delivery-terms-changed", { termsChanged }, ({ termsChanged }) => termsChanged).then(() => {
    const { data: options } = useQueryGraphStep({
      entity: "shipping_option",
      fields: ["id", "price_type", "type.code"],
      filters: transform({ existing }, ({ existing }) => ({
        shipping_profile_id: existing[0].shipping_profile?.id ?? "none",
      })),
    }).config({ name: "producer-shipping-options" })
    // A producer made before thresholds: its location starts offering our provider's delivery.
    createRemoteLinkStep(
      transform({ existing, options }, ({ existing, options }): LinkDefinition[] =>
        hasFlatStandardDelivery(options) && existing[0].stock_location?.id
          ? [
              {
                [Modules.STOCK_LOCATION]: { stock_location_id: existing[0].stock_location.id },
                [Modules.FULFILLMENT]: { fulfillment_provider_id: DELIVERY_PROVIDER_ID },
              },
            ]
          : []
      )
    ).config({ name: "link-producer-delivery-provider" })
    updateShippingOptionsWorkflow.runAsStep({
      input: transform({ producer, options }, ({ producer, options }) =>
        standardDeliveryUpdates(producer as never, options as never)
      ),
    })
  })
  // The producer's name, legal form and leadership are part of every one of its products' search documents.
  emitEventStep({
    eventName: OCOP_PRODUCTS_CHANGED_EVENT,
    data: transform({ existing }, ({ existing }) => ({
      product_ids: (existing[0].products ?? []).map((product: { id: string } | null) => product?.id).filter(Boolean),
    })),
  })
  return new WorkflowResponse(producer)
})
