import { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import { DELIVERY_PROVIDER_ID, producerShippingOptions } from "../../workflows/producer/shipping-options"
import { insertLinks } from "./insert-links"

type BenchProducer = {
  id: string
  name: string
  handle: string
  shipping_fee?: number | null
  free_shipping_threshold?: number | null
}

/**
 * What createProducersWorkflow gives each producer for shipping, by direct module calls: its own
 * shipping profile, a fulfillment set serving Vietnam from its stock location, standard delivery
 * (priced by our provider) and pickup (a price set of 0 ₫), and the links between them. These are
 * the rows a store's shipping listing grows with. Returns each producer's shipping profile id.
 */
export async function createProducersShipping(
  container: MedusaContainer,
  producers: BenchProducer[],
  locationIds: string[]
) {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const pricingModule = container.resolve(Modules.PRICING)
  const [profiles, sets] = await Promise.all([
    fulfillmentModule.createShippingProfiles(
      producers.map((producer) => ({ name: `Giao hàng – ${producer.handle}`, type: "producer" }))
    ),
    fulfillmentModule.createFulfillmentSets(
      producers.map((producer) => ({
        name: `${producer.handle} – giao hàng`,
        type: "shipping",
        service_zones: [
          { name: `${producer.handle} – Việt Nam`, geo_zones: [{ country_code: "vn", type: "country" as const }] },
        ],
      }))
    ),
  ])
  const wanted = producers.flatMap((producer, i) =>
    producerShippingOptions(producer, { serviceZoneId: sets[i].service_zones[0].id, shippingProfileId: profiles[i].id })
  ) as { prices?: { currency_code: string; amount: number }[] }[]
  const options = await fulfillmentModule.createShippingOptions(
    wanted.map(({ prices: _prices, ...option }) => option as never)
  )
  const flat = wanted.flatMap((option, i) => (option.prices ? [{ option: options[i], prices: option.prices }] : []))
  const priceSets = await pricingModule.createPriceSets(flat.map(({ prices }) => ({ prices })))

  await insertLinks(container, [
    ...producers.flatMap((producer, i): LinkDefinition[] => [
      {
        [PRODUCER_MODULE]: { producer_id: producer.id },
        [Modules.FULFILLMENT]: { shipping_profile_id: profiles[i].id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locationIds[i] },
        [Modules.FULFILLMENT]: { fulfillment_set_id: sets[i].id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locationIds[i] },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locationIds[i] },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: DELIVERY_PROVIDER_ID },
      },
    ]),
    ...flat.map(({ option }, i): LinkDefinition => ({
      [Modules.FULFILLMENT]: { shipping_option_id: option.id },
      [Modules.PRICING]: { price_set_id: priceSets[i].id },
    })),
  ])
  return profiles.map((profile) => profile.id)
}
