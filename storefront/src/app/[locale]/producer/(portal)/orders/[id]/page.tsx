import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeader } from "@/components/layout/page-header"
import { OrderActions } from "@/components/producer-portal/order-actions"
import { OrderDetails } from "@/components/producer-portal/order-details"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveProducerOrder } from "@/lib/data/producer-orders"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { portalMetadata } from "../../../portal-metadata"

type OrderPageProps = { params: Promise<{ locale: string; id: string }> }

export const generateMetadata = ({ params }: OrderPageProps) => portalMetadata(params, "ordersTitle")

export default async function ProducerOrderPage({ params }: OrderPageProps) {
  const { locale: requested, id } = await params
  const locale = resolveLocale(requested)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  const { producer } = await requireProducer(locale)
  const order = await retrieveProducerOrder(id)
  if (!order) notFound()
  return (
    <>
      <Link href="/producer/orders">{t("order.back")}</Link>
      <PageHeader title={t("orders.number", { number: order.display_id })} />
      <OrderDetails order={order} />
      {/* A suspended producer still finishes or cancels the orders it already has. */}
      {producer.status === "active" || producer.status === "suspended" ? (
        <OrderActions orderId={order.id} status={order.fulfilment_status} paymentStatus={order.payment_status} />
      ) : null}
    </>
  )
}
