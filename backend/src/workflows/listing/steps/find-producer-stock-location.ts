import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findProducerStockLocationStepId = "find-producer-stock-location"

/** The stock location a producer keeps its listings' stock at (each producer has its own). */
export const findProducerStockLocationStep = createStep(
  findProducerStockLocationStepId,
  async (producerId: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "producer",
      fields: ["stock_location.id"],
      filters: { id: producerId },
    })
    const locationId = (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
    if (!locationId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "producer: has no stock location; ask the OCOP office to set one up"
      )
    }
    return new StepResponse(locationId)
  }
)
