import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { EmptyCart } from "@/components/cart/empty-cart"
import { AddressForm } from "@/components/checkout/address-form"
import { AddressSummary } from "@/components/checkout/address-summary"
import { CheckoutProgress } from "@/components/checkout/checkout-progress"
import { CheckoutStep } from "@/components/checkout/checkout-step"
import styles from "@/components/checkout/checkout.module.css"
import { DeliveryForm } from "@/components/checkout/delivery-form"
import { DeliverySummary } from "@/components/checkout/delivery-summary"
import { InvoiceRequestSection } from "@/components/invoices/invoice-request-section"
import { OrderReview } from "@/components/checkout/order-review"
import { PlaceOrderForm } from "@/components/checkout/place-order-form"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { resolveLocale } from "@/i18n/routing"
import {
  CHECKOUT_STEPS,
  firstOpenStep,
  resolveStep,
  startingAddressFields,
  type CheckoutStep as Step,
} from "@/lib/checkout/checkout-steps"
import { retrieveCheckout } from "@/lib/data/checkout"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveCartInvoiceBuyer } from "@/lib/data/invoice-requests"
import { Link, redirect } from "@/i18n/navigation"
import { listCommunes, listProvinces } from "@/lib/data/places"
import { retrieveWholesaleCart } from "@/lib/data/wholesale-prices"

type CheckoutPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ step?: string | string[] }>
}

export async function generateMetadata({ params }: CheckoutPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "Checkout" })
  return { title: t("title"), robots: { index: false } }
}

/** What the company invoice section of the last step needs: whom the orders are invoiced to, and the places to pick. */
async function invoiceStep() {
  const buyer = await retrieveCartInvoiceBuyer().catch((error: unknown) => {
    console.error("Could not retrieve the cart's invoice buyer", error)
    return undefined
  })
  if (buyer === undefined) return null
  const [provinces, communes] = await Promise.all([
    buyer?.source === "company" ? [] : listProvinces(),
    buyer?.source === "request" ? listCommunes(buyer.province_code) : [],
  ])
  return { buyer, provinces, communes }
}

export default async function CheckoutPage({ params, searchParams }: CheckoutPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  // A verified buyer's cart below a producer's minimum goes back to the cart, which says what is missing.
  const wholesale = await retrieveWholesaleCart().catch(() => null)
  if (wholesale && !wholesale.ready) return redirect({ href: "/cart", locale })
  const t = await getTranslations("Checkout")
  const checkout = await retrieveCheckout().catch((error: unknown) => {
    console.error("Could not retrieve the checkout", error)
    return undefined
  })
  if (!checkout) {
    return (
      <>
        <PageHeader title={t("title")} />
        {checkout === undefined ? <Notice kind="error">{t("loadError")}</Notice> : <EmptyCart />}
      </>
    )
  }

  const { cart, groups, deliveryChoices, paymentProviders, terms } = checkout
  const requested = (await searchParams).step
  const step = resolveStep(typeof requested === "string" ? requested : undefined, firstOpenStep(cart, groups))
  const stateOf = (candidate: Step) => {
    const [index, current] = [CHECKOUT_STEPS.indexOf(candidate), CHECKOUT_STEPS.indexOf(step)]
    return index === current ? "current" : index < current ? "done" : "later"
  }
  const customer = await retrieveCustomer().catch(() => null)
  const address = startingAddressFields(cart, customer)
  // A step in the URL means the buyer moved there (a saved step redirects, "Change" links): focus follows.
  const arrived = typeof requested === "string"
  const [provinces, communes] =
    step === "address"
      ? await Promise.all([listProvinces(), address.province_code ? listCommunes(address.province_code) : []])
      : [[], []]
  const invoice = step === "payment" ? await invoiceStep() : null

  return (
    <>
      <PageHeader title={t("title")} />
      {customer ? null : (
        <p>
          <Link href={{ pathname: "/account/sign-in", query: { next: "/checkout" } }}>{t("signInOffer")}</Link>
        </p>
      )}
      <CheckoutProgress current={step} />
      <div className={styles.steps}>
        <CheckoutStep step="address" state={stateOf("address")} arrived={arrived}>
          {step === "address" ? (
            <AddressForm provinces={provinces} initial={address} initialCommunes={communes} />
          ) : (
            <AddressSummary cart={cart} />
          )}
        </CheckoutStep>
        <CheckoutStep step="delivery" state={stateOf("delivery")} arrived={arrived}>
          {step === "delivery" ? (
            <DeliveryForm
              choices={deliveryChoices}
              currencyCode={cart.currency_code}
              buyerProvince={cart.shipping_address?.province ?? null}
            />
          ) : (
            <DeliverySummary groups={groups} choices={deliveryChoices} currencyCode={cart.currency_code} />
          )}
        </CheckoutStep>
        <CheckoutStep step="payment" state={stateOf("payment")} arrived={arrived}>
          {invoice ? <InvoiceRequestSection {...invoice} /> : null}
          <PlaceOrderForm providers={paymentProviders} terms={terms}>
            <OrderReview cart={cart} groups={groups} />
          </PlaceOrderForm>
        </CheckoutStep>
      </div>
    </>
  )
}
