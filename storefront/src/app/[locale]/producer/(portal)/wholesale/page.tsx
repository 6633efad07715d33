import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeader } from "@/components/layout/page-header"
import { WholesaleSettingsForm } from "@/components/producer-portal/wholesale-settings-form"
import { resolveLocale } from "@/i18n/routing"
import { retrieveWholesaleSettings } from "@/lib/data/producer-wholesale"
import { requireProducer } from "@/lib/producer-portal/require-producer"

type WholesalePageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: WholesalePageProps): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "ProducerPortalWholesale" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** The producer's wholesale settings; tiers are set on each product's page. */
export default async function ProducerWholesalePage({ params }: WholesalePageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortalWholesale")
  const { producer } = await requireProducer(locale)
  const settings = await retrieveWholesaleSettings()
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <WholesaleSettingsForm minimum={settings.wholesale_min_order_value} readOnly={producer.status !== "active"} />
    </>
  )
}
