import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const createProducerFulfillmentSetsStepId = "create-producer-fulfillment-sets"

/**
 * One shipping fulfillment set per producer, serving all of Vietnam from its own stock location.
 * Names carry the producer's handle: the fulfillment module keeps set and zone names unique.
 */
export const createProducerFulfillmentSetsStep = createStep(
  createProducerFulfillmentSetsStepId,
  async (producers: { handle: string }[], { container }) => {
    const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
    const sets = await fulfillmentModule.createFulfillmentSets(
      producers.map((producer) => ({
        name: `${producer.handle} – giao hàng`,
        type: "shipping",
        service_zones: [
          { name: `${producer.handle} – Việt Nam`, geo_zones: [{ country_code: "vn", type: "country" as const }] },
        ],
      }))
    )
    return new StepResponse(
      sets.map((set) => ({ id: set.id, service_zone_id: set.service_zones[0].id })),
      sets.map((set) => set.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.FULFILLMENT).deleteFulfillmentSets(ids)
  }
)
