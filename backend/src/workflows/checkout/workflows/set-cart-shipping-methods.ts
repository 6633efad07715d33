import { CartWorkflowEvents, PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addShippingMethodToCartStep,
  emitEventStep,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
  removeShippingMethodFromCartStep,
  updateCartPromotionsWorkflow,
  upsertTaxLinesWorkflow,
  useQueryGraphStep,
  validateAndReturnShippingMethodsDataStep,
  validateCartStep,
} from "@medusajs/medusa/core-flows"
import { validateChosenShippingOptionsStep } from "../steps/validate-chosen-shipping-options"
import { listCartShippingOptionsWorkflow } from "./list-cart-shipping-options"

export type SetCartShippingMethodsInput = {
  cart_id: string
  options: { id: string; data?: Record<string, unknown> }[]
  /** How the request named each option, for the errors; `options.N.id` unless given. */
  fields?: string[]
}

export const setCartShippingMethodsWorkflowId = "set-cart-shipping-methods"

type CartMethod = {
  id: string
  shipping_option_id: string | null
  shipping_option?: { shipping_profile_id?: string | null } | null
}
type Offered = {
  id: string
  name: string
  provider_id: string
  shipping_profile_id: string
  data?: Record<string, unknown> | null
  calculated_price: { calculated_amount: number; is_calculated_price_tax_inclusive?: boolean }
  service_zone: { fulfillment_set: { location?: unknown } }
}

const CART_FIELDS = [
  "id",
  "completed_at",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "email",
  "locale",
  "shipping_address.*",
  "promotions.code",
  "shipping_methods.id",
  "shipping_methods.shipping_option_id",
  "shipping_methods.shipping_option.shipping_profile_id",
]

/**
 * Sets the shipping method of each producer in the cart in one run. It mirrors Medusa's
 * `addShippingMethodToCartWorkflow`, but takes the options and their prices from
 * `list-cart-shipping-options` (the cart's own producers' options only) instead of Medusa's
 * listing, which reads every stock location of the sales channel; and it refreshes the cart once
 * with the parts of `refreshCartItemsWorkflow` that a new shipping method affects (tax lines,
 * promotions, payment collection), leaving out its re-pricing of the shipping methods through that
 * same marketplace-wide listing: the methods were priced a moment ago by the cart's own listing.
 * An option chosen again with no new data keeps its method untouched.
 */
export const setCartShippingMethodsWorkflow = createWorkflow(
  setCartShippingMethodsWorkflowId,
  (input: SetCartShippingMethodsInput) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
    const { data: cart } = useQueryGraphStep({
      entity: "cart",
      fields: CART_FIELDS,
      filters: { id: input.cart_id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "get-cart" })
    validateCartStep({ cart: cart as never })

    const listed = listCartShippingOptionsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    validateChosenShippingOptionsStep(
      transform({ input, listed }, ({ input, listed }) => ({
        option_ids: input.options.map((option) => option.id),
        fields: input.options.map((_, i) => input.fields?.[i] ?? `options.${i}.id`),
        offered: listed as never[],
      }))
    )

    const plan = transform({ input, listed, cart }, ({ input, listed, cart }) => {
      const offered = new Map((listed as unknown as Offered[]).map((option) => [option.id, option]))
      const methods = ((cart as { shipping_methods?: CartMethod[] }).shipping_methods ?? []).filter(Boolean)
      const kept = new Set(methods.map((method) => method.shipping_option_id))
      const changed = input.options.filter(
        (option) => !kept.has(option.id) || Object.keys(option.data ?? {}).length > 0
      )
      const profiles = new Set(changed.map((option) => offered.get(option.id)!.shipping_profile_id))
      // As Medusa does: one method per shipping profile, and a method whose option is gone makes way too.
      const removed = changed.length
        ? methods
            .filter(
              (m) => !m.shipping_option?.shipping_profile_id || profiles.has(m.shipping_option.shipping_profile_id)
            )
            .map((m) => m.id)
        : []
      return { changed: changed.map((option) => ({ ...option, offered: offered.get(option.id)! })), removed }
    })

    when("shipping-methods-changed", { plan }, ({ plan }) => plan.changed.length > 0).then(() => {
      const methodData = validateAndReturnShippingMethodsDataStep(
        transform({ plan, cart }, ({ plan, cart }) =>
          plan.changed.map(({ id, data, offered }) => ({
            id,
            provider_id: offered.provider_id,
            option_data: offered.data ?? {},
            method_data: data ?? {},
            context: { ...cart, from_location: offered.service_zone.fulfillment_set.location ?? {} } as never,
          }))
        )
      )
      const shippingMethods = transform({ plan, methodData, input }, ({ plan, methodData, input }) =>
        plan.changed.map(({ id, offered }) => ({
          shipping_option_id: id,
          cart_id: input.cart_id,
          name: offered.name,
          amount: offered.calculated_price.calculated_amount,
          is_tax_inclusive: !!offered.calculated_price.is_calculated_price_tax_inclusive,
          data: (methodData ?? []).find((validated) => validated?.[id])?.[id] ?? {},
        }))
      )
      const [, created] = parallelize(
        removeShippingMethodFromCartStep({ shipping_method_ids: plan.removed }),
        addShippingMethodToCartStep({ shipping_methods: shippingMethods })
      )

      upsertTaxLinesWorkflow.runAsStep({ input: { cart_id: input.cart_id, items: [], shipping_methods: created } })
      updateCartPromotionsWorkflow.runAsStep({
        input: {
          cart_id: input.cart_id,
          promo_codes: transform({ cart }, ({ cart }) =>
            ((cart as { promotions?: ({ code?: string | null } | null)[] }).promotions ?? []).flatMap((p) =>
              p?.code ? [p.code] : []
            )
          ),
          action: PromotionActions.REPLACE,
          force_refresh_payment_collection: false,
        },
      })
      refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
      emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } })
    })

    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(void 0)
  }
)
