import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import styles from "@/components/account/account.module.css"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { AgeingBuckets } from "@/components/ledger/ageing-buckets"
import { InvoiceTable } from "@/components/ledger/invoice-table"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveCompanyLedger } from "@/lib/data/ledger"
import { formatPrice } from "@/lib/util/money"

type LedgerPageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: LedgerPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "Ledger" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** The company's công nợ: its terms, what it owes by ageing bucket, its invoices and an XLSX download. */
export default async function CompanyLedgerPage({ params }: LedgerPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Ledger")
  const customer = await retrieveCustomer()
  if (!customer)
    return redirect({ href: { pathname: "/account/sign-in", query: { next: "/account/company/ledger" } }, locale })
  const ledger = await retrieveCompanyLedger()
  if (!ledger) {
    return (
      <div className={styles.page}>
        <PageHeader title={t("title")} />
        <Notice kind="info">{t("notCompany")}</Notice>
      </div>
    )
  }
  const { terms, summary, invoices } = ledger
  return (
    <div className={styles.page}>
      <PageHeader title={t("title")} lead={t("intro")} />
      <p>
        {terms.eligible
          ? t("terms", {
              days: terms.net_terms_days,
              limit: formatPrice(terms.credit_limit),
              available: formatPrice(terms.available),
            })
          : t("noTerms")}
      </p>
      <AgeingBuckets summary={summary} heading={t("summaryHeading")} />
      {summary.uninvoiced > 0 ? (
        <p>
          {t("uninvoiced")}: {formatPrice(summary.uninvoiced)}
        </p>
      ) : null}
      <h2>{t("invoicesHeading")}</h2>
      {/* A plain link: the route handler answers with the file, which the browser downloads. */}
      <p>
        <a href={`/${locale}/account/company/ledger/export`} download>
          {t("download")}
        </a>
      </p>
      <InvoiceTable invoices={invoices} party="producer" />
    </div>
  )
}
