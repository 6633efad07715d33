import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { hasFlatStandardDelivery, standardDeliveryUpdates } from "../workflows/producer/delivery-terms"
import { DELIVERY_PROVIDER_ID } from "../workflows/producer/shipping-options"

/**
 * Run once by `medusa db:migrate`: producers made before free-delivery thresholds have a flat
 * standard delivery; it becomes the calculated one that honours their fee and threshold.
 */
export default async function producerStandardDeliveryCalculated({ container }: { container: MedusaContainer }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "shipping_fee", "free_shipping_threshold", "shipping_profile.id", "stock_location.id"],
  })
  for (const producer of producers) {
    if (!producer.shipping_profile?.id || !producer.stock_location?.id) continue
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "price_type", "type.code"],
      filters: { shipping_profile_id: producer.shipping_profile.id },
    })
    if (!hasFlatStandardDelivery(options)) continue
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: producer.stock_location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: DELIVERY_PROVIDER_ID },
    })
    await updateShippingOptionsWorkflow(container).run({ input: standardDeliveryUpdates(producer, options) })
  }
}
