import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeader } from "@/components/layout/page-header"
import { OrderList } from "@/components/producer-portal/order-list"
import { resolveLocale } from "@/i18n/routing"
import { listProducerOrders } from "@/lib/data/producer-orders"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { FULFILMENT_STATUSES } from "@/lib/producer-portal/types"
import { portalMetadata } from "../../portal-metadata"

type OrdersPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ fulfilment_status?: string | string[] }>
}

export const generateMetadata = ({ params }: OrdersPageProps) => portalMetadata(params, "ordersTitle")

export default async function ProducerOrdersPage({ params, searchParams }: OrdersPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  await requireProducer(locale)
  const requested = (await searchParams).fulfilment_status
  const status = FULFILMENT_STATUSES.find((candidate) => candidate === requested)
  const { orders } = await listProducerOrders(status)
  return (
    <>
      <PageHeader title={t("meta.ordersTitle")} />
      <OrderList orders={orders} status={status} />
    </>
  )
}
