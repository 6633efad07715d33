import { getTranslations, setRequestLocale } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { DashboardView } from "@/components/producer-portal/dashboard-view"
import { resolveLocale } from "@/i18n/routing"
import { retrieveProducerDashboard } from "@/lib/data/producer-dashboard"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { portalMetadata } from "../portal-metadata"

type DashboardPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: DashboardPageProps) => portalMetadata(params, "dashboardTitle")

export default async function ProducerDashboardPage({ params }: DashboardPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  const { producer, member } = await requireProducer(locale)
  // A producer not yet approved has no sales; the page still shows where the application stands.
  const dashboard = await retrieveProducerDashboard().catch((error) => {
    console.error("Could not load the producer dashboard", error)
    return null
  })
  return (
    <>
      <PageHeader
        title={t("meta.dashboardTitle")}
        lead={t("dashboard.greeting", { name: member.name || member.email, producer: producer.name })}
      />
      {dashboard ? <DashboardView dashboard={dashboard} /> : <Notice kind="info">{t("dashboard.unavailable")}</Notice>}
    </>
  )
}
