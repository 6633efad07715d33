import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { BulkCsvUpload } from "@/components/bulk-order/bulk-csv-upload"
import styles from "@/components/bulk-order/bulk-order.module.css"
import { QuickOrderPad } from "@/components/bulk-order/quick-order-pad"
import { PageHeader } from "@/components/layout/page-header"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"

type QuickOrderPageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: QuickOrderPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "BulkOrder" })
  return { title: t("quickOrderTitle"), robots: { index: false, follow: false } }
}

/** The wholesale buyer's quick order: the search pad and the CSV upload, both into the open cart. */
export default async function QuickOrderPage({ params }: QuickOrderPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("BulkOrder")
  const customer = await retrieveCustomer()
  return (
    <div className={styles.page}>
      <PageHeader title={t("quickOrderTitle")} lead={t("quickOrderIntro")} />
      {customer ? (
        <>
          <Link href="/account/company/lists">{t("listsTitle")}</Link>
          <QuickOrderPad />
          <BulkCsvUpload />
        </>
      ) : (
        <p>
          {t("signInFirst")}{" "}
          <Link href={{ pathname: "/account/sign-in", query: { next: "/wholesale/quick-order" } }}>{t("signIn")}</Link>
        </p>
      )}
    </div>
  )
}
