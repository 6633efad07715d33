import { CalculatedShippingOptionPrice } from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { deliveryFee, DeliveryTerms } from "./delivery-fee"

/**
 * A producer's standard delivery: its flat fee, free once the buyer's goods from that producer
 * reach its threshold. Medusa hands `calculatePrice` only the cart lines of the option's shipping
 * profile, which is the producer's, so other producers' goods never count. Fulfilment itself is
 * by hand, as with Medusa's manual provider.
 */
export default class ProducerDeliveryService extends AbstractFulfillmentProviderService {
  static identifier = "producer"

  async getFulfillmentOptions() {
    return [{ id: "producer-delivery" }]
  }

  async canCalculate() {
    return true
  }

  async validateOption(data: Record<string, unknown>) {
    const terms = data as Partial<DeliveryTerms>
    return (
      Number.isInteger(terms.fee) &&
      (terms.free_shipping_threshold == null || Number.isInteger(terms.free_shipping_threshold))
    )
  }

  async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>) {
    return data
  }

  async calculatePrice(
    optionData: Record<string, unknown>,
    _data: Record<string, unknown>,
    context: { items?: unknown[] }
  ): Promise<CalculatedShippingOptionPrice> {
    if (!(await this.validateOption(optionData))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "shipping_option.data: fee must be a whole number of VND")
    }
    return {
      calculated_amount: deliveryFee(optionData as DeliveryTerms, (context.items ?? []) as never[]),
      // Fees are quoted as the buyer pays them, like the store's prices.
      is_calculated_price_tax_inclusive: true,
    }
  }

  async createFulfillment() {
    return { data: {}, labels: [] }
  }

  async cancelFulfillment() {
    return {}
  }

  async createReturnFulfillment() {
    return { data: {}, labels: [] }
  }
}
