import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { BankTransferDetails } from "@/components/order/bank-transfer-details"
import { OrderConfirmation } from "@/components/order/order-confirmation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveOrderGroup, retrieveOrderGroupWording } from "@/lib/data/order-groups"

type OrderGroupPageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: OrderGroupPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "Order" })
  // The address is a guest's only key to their order: it stays out of search engines.
  return { title: t("metaTitle"), robots: { index: false, follow: false } }
}

export default async function OrderGroupPage({ params }: OrderGroupPageProps) {
  const { locale, id } = await params
  setRequestLocale(resolveLocale(locale))
  const group = await retrieveOrderGroup(id).catch((error: unknown) => {
    console.error(`Could not retrieve order group "${id}"`, error)
    return undefined
  })
  if (group === undefined) {
    const t = await getTranslations("Order")
    return <Notice kind="error">{t("loadError")}</Notice>
  }
  if (group === null) notFound()

  const { products, deliveryKinds } = await retrieveOrderGroupWording(group)
  const transfer = group.payment?.bank_transfer
  return (
    <OrderConfirmation
      group={group}
      products={products}
      deliveryKinds={deliveryKinds}
      bankTransfer={transfer ? <BankTransferDetails transfer={transfer} /> : null}
    />
  )
}
