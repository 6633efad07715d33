import { DEFAULT_SHIPPING_FEE, DELIVERY_CODE, DELIVERY_PROVIDER_ID } from "./shipping-options"

type ProducerTerms = { id: string; shipping_fee?: number | null; free_shipping_threshold?: number | null }
type ExistingOption = { id: string; price_type: string; type?: { code?: string | null } | null }

/**
 * The producer's standard delivery options set to its fee and threshold, priced by our provider.
 * An option of a producer made before thresholds (flat, manual) is turned into one as well.
 */
export function standardDeliveryUpdates(producer: ProducerTerms, options: ExistingOption[]) {
  return options
    .filter((option) => option.type?.code === DELIVERY_CODE)
    .map((option) => ({
      id: option.id,
      price_type: "calculated" as const,
      provider_id: DELIVERY_PROVIDER_ID,
      data: {
        producer_id: producer.id,
        fee: producer.shipping_fee ?? DEFAULT_SHIPPING_FEE,
        free_shipping_threshold: producer.free_shipping_threshold ?? null,
      },
    }))
}

/** Whether any of these options is still a flat one, whose location is not yet served by our provider. */
export function hasFlatStandardDelivery(options: ExistingOption[]) {
  return options.some((option) => option.type?.code === DELIVERY_CODE && option.price_type !== "calculated")
}
