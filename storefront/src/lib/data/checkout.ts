"use server"

import type { HttpTypes } from "@medusajs/types"
import { TERMS_PROVIDER_ID } from "@ocop/shared"
import { redirect } from "@/i18n/navigation"
import { resolveLocale, type Locale } from "@/i18n/routing"
import { readCartId, removeCartId } from "../cart/cart-cookie"
import { invalidateCart } from "../cart/invalidate-cart"
import { availableQuantity, groupByProducer, lineTitles, producerOfOption } from "../cart/producer-groups"
import { addressFieldErrors, completionFailure } from "../checkout/checkout-errors"
import type { AddressFormState, DeliveryChoice, DeliveryFormState, PlaceOrderState } from "../checkout/checkout-state"
import type { CheckoutStep } from "../checkout/checkout-steps"
import { deliveryOptionsOf } from "../checkout/delivery-options"
import { PAYMENT_PROVIDERS, type OrderGroup, type PaymentProvider } from "../checkout/types"
import type { LedgerTerms } from "../ledger/types"
import { shopperHeaders } from "../auth/auth-cookie"
import { getSdk, storeHeaders } from "../config"
import { storeFetch } from "../store-fetch"
import { listCartProducts, retrieveCart } from "./cart"
import { retrieveCompanyLedger } from "./ledger"
import { listCommunes } from "./places"
import { readTypedAddress } from "./typed-address"
import { listShippingOptions } from "./shipping-options"

async function listPaymentProviders(regionId: string, terms: LedgerTerms | null): Promise<PaymentProvider[]> {
  const { payment_providers } = await getSdk().store.payment.listPaymentProviders(
    { region_id: regionId },
    await storeHeaders()
  )
  const offered = new Set(payment_providers.map((provider) => provider.id))
  // The region offers terms to everyone; only an eligible company's staff see it (the backend refuses the rest).
  return PAYMENT_PROVIDERS.filter((id) => offered.has(id) && (id !== TERMS_PROVIDER_ID || !!terms?.eligible))
}

/**
 * Everything the checkout page shows: the cart by producer with each producer's shipping, each
 * producer's delivery choices and the payment methods the region offers; null without a cart to buy.
 */
export async function retrieveCheckout() {
  const cart = await retrieveCart()
  if (!cart?.items?.length) return null
  const ledger = await retrieveCompanyLedger()
  const terms = ledger?.terms ?? null
  const [products, options, paymentProviders] = await Promise.all([
    listCartProducts(cart),
    listShippingOptions(cart),
    listPaymentProviders(cart.region_id!, terms),
  ])
  const groups = groupByProducer(cart, products, options)
  const deliveryChoices: DeliveryChoice[] = groups.flatMap(({ producer, shipping, needsDelivery }) => {
    if (!producer || !needsDelivery) return []
    const choices = deliveryOptionsOf(options.filter((option) => producerOfOption(option) === producer.id))
    return [{ producer, options: choices, selected: shipping?.optionId ?? null }]
  })
  return { cart, groups, deliveryChoices, paymentProviders, terms }
}

function redirectToStep(locale: Locale, step: CheckoutStep): never {
  return redirect({ href: { pathname: "/checkout", query: { step } }, locale })
}

/** Step 1: contact, delivery address and note. The place names are the backend's, looked up by code. */
export async function saveCheckoutAddress(_previous: AddressFormState, formData: FormData): Promise<AddressFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const typed = await readTypedAddress(formData)
  if (!("address" in typed)) return typed
  const { values, address } = typed

  const cartId = await readCartId()
  if (!cartId) return { values, errors: {}, error: "cartGone" }
  try {
    await storeFetch(`/store/carts/${encodeURIComponent(cartId)}`, {
      method: "POST",
      // The locale the buyer checks out in is the one the order's e-mails are written in.
      body: {
        email: values.email,
        locale,
        shipping_address: address,
        billing_address: address,
        metadata: { note: values.note },
      },
      query: { fields: "id" },
      headers: await shopperHeaders(),
    })
  } catch (error) {
    console.error(`Could not save the address of cart ${cartId}`, error)
    const refused = addressFieldErrors(error)
    const communes = await listCommunes(values.province_code).catch(() => [])
    return refused ? { values, errors: refused, communes } : { values, errors: {}, communes, error: "generic" }
  } finally {
    invalidateCart()
  }
  return redirectToStep(locale, "delivery")
}

/** Step 2: one shipping option per producer, each checked against the producer's own options. */
export async function saveDelivery(_previous: DeliveryFormState, formData: FormData): Promise<DeliveryFormState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const checkout = await retrieveCheckout()
  if (!checkout) return { missing: [], error: "cartGone" }

  const chosen = checkout.deliveryChoices.map((choice) => {
    const optionId = String(formData.get(`delivery_${choice.producer.id}`) ?? "")
    return { choice, optionId: choice.options.some((option) => option.id === optionId) ? optionId : null }
  })
  const missing = chosen.filter(({ optionId }) => !optionId).map(({ choice }) => choice.producer.id)
  if (missing.length > 0) return { missing }

  // One method per producer: a newly chosen option replaces that producer's method, all in one request.
  const changed = chosen
    .filter(({ choice, optionId }) => optionId !== choice.selected)
    .map(({ optionId }) => ({ id: optionId! }))
  if (changed.length === 0) return redirectToStep(locale, "payment")
  try {
    await getSdk().client.fetch(`/store/ocop/carts/${encodeURIComponent(checkout.cart.id)}/shipping-methods`, {
      method: "POST",
      body: { options: changed },
      headers: await shopperHeaders(),
    })
  } catch (error) {
    console.error(`Could not set the shipping of cart ${checkout.cart.id}`, error)
    return { missing: [], error: "generic" }
  } finally {
    invalidateCart()
  }
  return redirectToStep(locale, "payment")
}

/** The lines the store can no longer fill, named in the buyer's language. */
async function shortLines(cart: HttpTypes.StoreCart, locale: Locale) {
  const products = await listCartProducts(cart).catch(() => [])
  return groupByProducer(cart, products)
    .flatMap((group) => group.lines)
    .flatMap((line) => {
      const available = availableQuantity(line)
      if (available === null || available >= line.item.quantity) return []
      const { title, variant } = lineTitles(line, locale)
      return [{ title: variant ? `${title} (${variant})` : title, available: Math.max(0, available) }]
    })
}

/** Step 3: pays with the chosen method and completes the cart into one order per producer. */
export async function placeOrder(_previous: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  const locale = resolveLocale(String(formData.get("locale")))
  const provider = PAYMENT_PROVIDERS.find((id) => id === formData.get("payment"))
  if (!provider) return { error: "payment" }
  const cart = await retrieveCart()
  if (!cart?.items?.length) return { error: "cartGone" }

  let orderGroupId: string
  try {
    await getSdk().store.payment.initiatePaymentSession(
      cart,
      { provider_id: provider },
      { fields: "id" },
      await shopperHeaders()
    )
    const { order_group } = await storeFetch<{ order_group: OrderGroup }>(
      `/store/ocop/carts/${encodeURIComponent(cart.id)}/complete`,
      {
        method: "POST",
        headers: await shopperHeaders(),
      }
    )
    orderGroupId = order_group.id
  } catch (error) {
    console.error(`Could not complete cart ${cart.id}`, error)
    const failure = completionFailure(error)
    invalidateCart()
    return failure.error === "outOfStock"
      ? { error: "outOfStock", shortItems: await shortLines(cart, locale) }
      : failure
  }

  await removeCartId()
  invalidateCart()
  return redirect({ href: `/order-groups/${orderGroupId}`, locale })
}
