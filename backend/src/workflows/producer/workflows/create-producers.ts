import { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { resolvePlacesStep } from "../../ocop/steps/resolve-places"
import { DELIVERY_PROVIDER_ID, producerShippingOptions } from "../shipping-options"
import { createProducerFulfillmentSetsStep } from "../steps/create-producer-fulfillment-sets"
import { createProducersStep, CreateProducerData } from "../steps/create-producers"
import { validateProducersStep } from "../steps/validate-producers"

export type CreateProducersInput = { producers: CreateProducerData[] }

export const createProducersWorkflowId = "create-producers"

/**
 * Registers producers (validated tax code, phone and place), each with its own stock location
 * that sells through the store's default sales channel, and its own shipping: a shipping profile
 * for its products, and standard delivery and pickup from that location.
 */
export const createProducersWorkflow = createWorkflow(createProducersWorkflowId, (input: CreateProducersInput) => {
  validateProducersStep(input)
  const places = resolvePlacesStep(transform({ input }, ({ input }) => ({ places: input.producers })))
  const producerData = transform({ input, places }, ({ input, places }) =>
    input.producers.map((producer, i) => ({ ...producer, former_district: places[i].former_district }))
  )
  const producers = createProducersStep(producerData)

  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ producers, places }, ({ producers, places }) => ({
      locations: producers.map((producer, i) => ({
        name: `Kho ${producer.name}`,
        address: {
          address_1: producer.street || places[i].commune_name,
          city: places[i].commune_name,
          province: places[i].province_name,
          country_code: "VN",
          phone: producer.phone,
        },
      })),
    })),
  })
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] })

  const profiles = createShippingProfilesWorkflow.runAsStep({
    input: transform({ producers }, ({ producers }) => ({
      data: producers.map((producer) => ({ name: `Giao hàng – ${producer.handle}`, type: "producer" })),
    })),
  })
  const fulfillmentSets = createProducerFulfillmentSetsStep(producers)

  createRemoteLinkStep(
    transform(
      { producers, locations, stores, profiles, fulfillmentSets },
      ({ producers, locations, stores, profiles, fulfillmentSets }) =>
        producers.flatMap((producer, i): LinkDefinition[] => [
          {
            [PRODUCER_MODULE]: { producer_id: producer.id },
            [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
          },
          {
            [Modules.SALES_CHANNEL]: { sales_channel_id: stores[0].default_sales_channel_id },
            [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
          },
          {
            [PRODUCER_MODULE]: { producer_id: producer.id },
            [Modules.FULFILLMENT]: { shipping_profile_id: profiles[i].id },
          },
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
            [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSets[i].id },
          },
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
            [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
          },
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
            [Modules.FULFILLMENT]: { fulfillment_provider_id: DELIVERY_PROVIDER_ID },
          },
        ])
    )
  )

  createShippingOptionsWorkflow.runAsStep({
    input: transform({ producers, profiles, fulfillmentSets }, ({ producers, profiles, fulfillmentSets }) =>
      producers.flatMap((producer, i) =>
        producerShippingOptions(producer, {
          serviceZoneId: fulfillmentSets[i].service_zone_id,
          shippingProfileId: profiles[i].id,
        })
      )
    ),
  })

  return new WorkflowResponse(producers)
})
