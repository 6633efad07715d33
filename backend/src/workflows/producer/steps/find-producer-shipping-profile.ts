import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const findProducerShippingProfileStepId = "find-producer-shipping-profile"

/** The shipping profile a producer's products take; null for a producer made before shipping per producer. */
export const findProducerShippingProfileStep = createStep(
  findProducerShippingProfileStepId,
  async (producerId: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "producer",
      fields: ["shipping_profile.id"],
      filters: { id: producerId },
    })
    return new StepResponse(
      ((data[0] as { shipping_profile?: { id: string } | null })?.shipping_profile?.id ?? null) as string | null
    )
  }
)
