import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CartView } from "@/components/cart/cart-view"
import { EmptyCart } from "@/components/cart/empty-cart"
import { CartBookings } from "@/components/experience/cart-bookings"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { resolveLocale } from "@/i18n/routing"
import { retrieveCartByProducer } from "@/lib/data/cart"
import { retrieveWholesaleCart } from "@/lib/data/wholesale-prices"

type CartPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ skipped?: string }> }

export async function generateMetadata({ params }: CartPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "Cart" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CartPage({ params, searchParams }: CartPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const t = await getTranslations("Cart")
  const cart = await retrieveCartByProducer().catch((error: unknown) => {
    console.error("Could not retrieve the cart", error)
    return undefined
  })
  // A verified buyer's cart: each producer's part against its minimum (null for everyone else).
  const wholesale = cart?.groups.length
    ? await retrieveWholesaleCart().catch((error: unknown) => {
        console.error("Could not retrieve the wholesale cart", error)
        return null
      })
    : null

  return (
    <>
      <PageHeader title={t("title")} />
      {cart === undefined ? <Notice kind="error">{t("loadError")}</Notice> : null}
      {/* After "buy again": the lines of the old order the store could not add. */}
      {Number((await searchParams).skipped) > 0 ? (
        <Notice kind="error">{t("reorderSkipped", { count: Number((await searchParams).skipped) })}</Notice>
      ) : null}
      {cart === null || (cart && cart.groups.length === 0) ? <EmptyCart /> : null}
      {/* Bookings first: their guests must be given before the checkout the summary leads to. */}
      {cart && cart.groups.length > 0 ? <CartBookings /> : null}
      {cart && cart.groups.length > 0 ? (
        <CartView cart={cart.cart} groups={cart.groups} deliveries={cart.deliveries} wholesale={wholesale} />
      ) : null}
    </>
  )
}
