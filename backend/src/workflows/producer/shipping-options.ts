// What a producer offers a buyer for its part of the cart. `code` is the shipping option type's
// code, which the storefront reads to tell delivery from pickup.
export const DELIVERY_CODE = "standard"
export const PICKUP_CODE = "pickup"
export const DEFAULT_SHIPPING_FEE = 30000
// Our fulfillment provider (src/modules/fulfillment-producer) prices standard delivery from the producer's items.
export const DELIVERY_PROVIDER_ID = "producer_delivery"

const enabledInStore = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

/**
 * The producer's two shipping options: standard delivery for its fee (free once the buyer's goods
 * from this producer reach its threshold, when it has one), and pickup at its premises for free.
 */
export function producerShippingOptions(
  producer: { id: string; name: string; shipping_fee?: number | null; free_shipping_threshold?: number | null },
  { serviceZoneId, shippingProfileId }: { serviceZoneId: string; shippingProfileId: string }
) {
  const common = {
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: serviceZoneId,
    shipping_profile_id: shippingProfileId,
    rules: enabledInStore,
    data: { producer_id: producer.id },
  }
  return [
    {
      ...common,
      price_type: "calculated" as const,
      provider_id: DELIVERY_PROVIDER_ID,
      name: `Giao hàng tiêu chuẩn – ${producer.name}`,
      type: { label: "Giao hàng tiêu chuẩn", description: "2–5 ngày", code: DELIVERY_CODE },
      data: {
        producer_id: producer.id,
        fee: producer.shipping_fee ?? DEFAULT_SHIPPING_FEE,
        free_shipping_threshold: producer.free_shipping_threshold ?? null,
      },
    },
    {
      ...common,
      name: `Nhận tại cơ sở – ${producer.name}`,
      type: { label: "Nhận tại cơ sở", description: "Nhận hàng tại cơ sở sản xuất", code: PICKUP_CODE },
      prices: [{ currency_code: "vnd", amount: 0 }],
    },
  ]
}
