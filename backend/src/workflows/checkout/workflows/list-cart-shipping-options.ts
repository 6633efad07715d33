import { deduplicate } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  calculateShippingOptionsPricesStep,
  getTranslatedShippingOptionsStep,
  useQueryGraphStep,
  useRemoteQueryStep,
} from "@medusajs/medusa/core-flows"
import { validateShippingCartStep } from "../steps/validate-shipping-cart"
import {
  cartShippingProfileIds,
  itemsOfProfile,
  ListedOption,
  pricedOptions,
  sellingInChannel,
  ShippingCartItem,
} from "../cart-shipping-options"

export type ListCartShippingOptionsInput = { cart_id: string; is_return?: boolean; fields?: string[] }

export const listCartShippingOptionsWorkflowId = "list-cart-shipping-options"

type ShippingCart = {
  items: ShippingCartItem[]
  locale: string
  currency_code: string
  region_id: string
  sales_channel_id: string
  customer_id?: string | null
  shipping_address?: {
    country_code?: string | null
    province?: string | null
    city?: string | null
    postal_code?: string | null
  } | null
}

const CART_FIELDS = [
  "id",
  "locale",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "customer_id",
  "shipping_address.*",
  "items.*",
  "items.variant.id",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.product.id",
  "items.variant.product.shipping_profile.id",
  "items.variant.weight",
  "items.variant.length",
  "items.variant.height",
  "items.variant.width",
  "items.variant.material",
  "items.variant.inventory_items.inventory.requires_shipping",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "items.variant.inventory_items.inventory.location_levels.available_quantity",
]

// What Medusa's own listing always returns, plus the location's sales channels to filter on.
const OPTION_FIELDS = [
  "id",
  "name",
  "price_type",
  "service_zone_id",
  "shipping_profile_id",
  "provider_id",
  "data",
  "service_zone.fulfillment_set_id",
  "service_zone.fulfillment_set.type",
  "service_zone.fulfillment_set.location.id",
  "service_zone.fulfillment_set.location.address.*",
  "service_zone.fulfillment_set.location.sales_channels.id",
  "type.id",
  "type.label",
  "type.description",
  "type.code",
  "provider.id",
  "provider.is_enabled",
  "rules.attribute",
  "rules.value",
  "rules.operator",
  "calculated_price.*",
  "prices.*",
  "prices.price_rules.*",
]

/**
 * The shipping options a cart can use, priced: only those of the shipping profiles of its goods
 * (a producer's own), so the cost follows the cart, not the marketplace. Medusa's
 * `listShippingOptionsForCartWorkflow` reads every stock location of the sales channel and lists
 * every producer's options, leaving calculated ones without an amount (one more request each);
 * here the calculated ones are priced in the same run, in one call to the fulfillment module.
 */
export const listCartShippingOptionsWorkflow = createWorkflow(
  listCartShippingOptionsWorkflowId,
  (input: ListCartShippingOptionsInput) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: CART_FIELDS,
      filters: { id: input.cart_id },
    }).config({ name: "get-cart" })
    validateShippingCartStep(
      transform({ carts, input }, ({ carts, input }) => ({ cart_id: input.cart_id, found: carts.length > 0 }))
    )
    const cart = transform({ carts }, ({ carts }) => carts[0] as unknown as ShippingCart)

    const variables = transform({ cart, input }, ({ cart, input }) => ({
      context: { is_return: input.is_return ? "true" : "false", enabled_in_store: "true" },
      filters: {
        // No goods, no options: an empty list matches nothing.
        shipping_profile_id: cartShippingProfileIds(cart.items ?? []),
        address: {
          country_code: cart.shipping_address?.country_code,
          province_code: cart.shipping_address?.province,
          city: cart.shipping_address?.city,
          postal_expression: cart.shipping_address?.postal_code,
        },
      },
      calculated_price: {
        context: { currency_code: cart.currency_code, region_id: cart.region_id, customer_id: cart.customer_id },
      },
    }))
    const fields = transform({ input }, ({ input }) => deduplicate([...(input.fields ?? []), ...OPTION_FIELDS]))
    const listed = useRemoteQueryStep({ entry_point: "shipping_options", fields, variables }).config({
      name: "cart-profile-shipping-options",
    })

    const options = transform({ listed, cart }, ({ listed, cart }) =>
      sellingInChannel(listed as ListedOption[], cart.sales_channel_id)
    )
    const calculated = transform({ options }, ({ options }) =>
      options.filter((option) => option.price_type === "calculated")
    )
    const prices = calculateShippingOptionsPricesStep(
      transform({ calculated, cart }, ({ calculated, cart }) =>
        calculated.map((option) => ({
          id: option.id,
          provider_id: option.provider_id,
          optionData: option.data ?? {},
          data: {},
          context: {
            ...cart,
            items: itemsOfProfile(cart.items ?? [], option.shipping_profile_id),
            from_location: option.service_zone.fulfillment_set.location,
          } as never,
        }))
      )
    )

    const priced = transform({ options, calculated, prices, cart }, ({ options, calculated, prices, cart }) =>
      pricedOptions(options, calculated, prices as never[], cart.items ?? [])
    )
    const translated = getTranslatedShippingOptionsStep(
      transform({ priced, cart }, ({ priced, cart }) => ({ shippingOptions: priced as never[], locale: cart.locale }))
    )
    return new WorkflowResponse(translated)
  }
)
