import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { PRODUCER_SALES_BY } from "@ocop/shared"
import { PageHeader } from "@/components/layout/page-header"
import styles from "@/components/producer-portal/portal.module.css"
import { SalesTable } from "@/components/producer-sales/sales-table"
import { resolveLocale } from "@/i18n/routing"
import { retrieveProducerSales } from "@/lib/data/producer-sales"
import { requireProducer } from "@/lib/producer-portal/require-producer"

type SalesPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const dayOf = (value: string | string[] | undefined) => (typeof value === "string" && DAY.test(value) ? value : "")

export async function generateMetadata({ params }: SalesPageProps): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "ProducerPortalSales" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** The producer's own net sales of a period (this year so far unless picked), by month, channel and product. */
export default async function ProducerSalesPage({ params, searchParams }: SalesPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortalSales")
  await requireProducer(locale)
  const asked = await searchParams
  const range = { from: dayOf(asked.from), to: dayOf(asked.to) }
  // A period that ends before it starts is refused by the backend; the page says so instead.
  const backwards = Boolean(range.from && range.to && range.from > range.to)
  const given = { from: range.from || undefined, to: range.to || undefined }
  const tables = backwards ? [] : await Promise.all(PRODUCER_SALES_BY.map((by) => retrieveProducerSales(given, by)))
  const period = tables[0] ? { from: tables[0].from, to: tables[0].to } : range
  const download = new URLSearchParams(Object.entries(period).filter(([, day]) => day)).toString()
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <form method="get" className={styles.filters} aria-label={t("periodLabel")}>
        <label>
          {t("from")} <input type="date" name="from" defaultValue={period.from} />
        </label>
        <label>
          {t("to")} <input type="date" name="to" defaultValue={period.to} />
        </label>
        <button type="submit" className={styles.button}>
          {t("show")}
        </button>
      </form>
      <div className={styles.actions}>
        {/* A route handler, not a page: a plain link that downloads the file. */}
        <a href={`/${locale}/producer/sales/export?${download}`} className={styles.button} download>
          {t("downloadXlsx")}
        </a>
      </div>
      {backwards ? (
        <p role="alert">{t("backwards")}</p>
      ) : (
        tables.map((sales) => <SalesTable key={sales.by} sales={sales} />)
      )}
    </>
  )
}
