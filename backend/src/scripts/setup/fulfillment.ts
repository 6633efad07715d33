import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

export const STOCK_LOCATION_NAME = "Kho Chợ OCOP"
export const STANDARD_SHIPPING_FEE = 30000

const enabledInStore = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

/** The default shipping profile; `medusa db:migrate` creates it, a bare test database has none. */
export async function ensureDefaultShippingProfile(container: MedusaContainer) {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (profile) return profile
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0]
}

/**
 * The marketplace's own stock location with delivery across Vietnam: standard delivery with a
 * flat fee and pickup. Producers get their own locations with the producer module. Safe to run again.
 */
export async function setupFulfillment(
  container: MedusaContainer,
  { salesChannelId, regionId }: { salesChannelId: string; regionId: string }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: STOCK_LOCATION_NAME },
  })
  if (locations[0]) {
    return { stockLocationId: locations[0].id as string }
  }

  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: STOCK_LOCATION_NAME,
          address: { address_1: "Trung tâm xúc tiến thương mại", city: "Điện Biên Phủ", country_code: "VN" },
        },
      ],
    },
  })
  const stockLocationId = result[0].id

  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: `${STOCK_LOCATION_NAME} – giao hàng`,
    type: "shipping",
    service_zones: [{ name: "Việt Nam", geo_zones: [{ country_code: "vn", type: "country" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const shippingProfile = await ensureDefaultShippingProfile(container)
  const serviceZoneId = fulfillmentSet.service_zones[0].id
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Giao hàng tiêu chuẩn",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: serviceZoneId,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Giao hàng tiêu chuẩn", description: "2–5 ngày", code: "standard" },
        prices: [
          { currency_code: "vnd", amount: STANDARD_SHIPPING_FEE },
          { region_id: regionId, amount: STANDARD_SHIPPING_FEE },
        ],
        rules: enabledInStore,
      },
      {
        name: "Nhận tại cơ sở",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: serviceZoneId,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Nhận tại cơ sở", description: "Nhận hàng tại cơ sở sản xuất", code: "pickup" },
        prices: [
          { currency_code: "vnd", amount: 0 },
          { region_id: regionId, amount: 0 },
        ],
        rules: enabledInStore,
      },
    ],
  })

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocationId, add: [salesChannelId] },
  })

  return { stockLocationId }
}
