import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import styles from "@/components/account/account.module.css"
import { PageHeader } from "@/components/layout/page-header"
import { OrderLookupForm } from "@/components/order/order-lookup-form"
import { resolveLocale } from "@/i18n/routing"

type OrderLookupPageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: OrderLookupPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "OrderLookup" })
  return { title: t("title") }
}

export default async function OrderLookupPage({ params }: OrderLookupPageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const t = await getTranslations("OrderLookup")
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <PageHeader title={t("title")} lead={t("lead")} />
      <OrderLookupForm />
    </div>
  )
}
