import { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createStockLocationsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { resolvePlacesStep } from "../../ocop/steps/resolve-places"
import { createProducersStep, CreateProducerData } from "../steps/create-producers"
import { validateProducersStep } from "../steps/validate-producers"

export type CreateProducersInput = { producers: CreateProducerData[] }

export const createProducersWorkflowId = "create-producers"

/**
 * Registers producers (validated tax code, phone and place), each with its own stock location
 * that sells through the store's default sales channel.
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

  createRemoteLinkStep(
    transform({ producers, locations, stores }, ({ producers, locations, stores }) =>
      producers.flatMap((producer, i): LinkDefinition[] => [
        { [PRODUCER_MODULE]: { producer_id: producer.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id } },
        {
          [Modules.SALES_CHANNEL]: { sales_channel_id: stores[0].default_sales_channel_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
        },
      ])
    )
  )

  return new WorkflowResponse(producers)
})
