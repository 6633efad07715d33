import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeader } from "@/components/layout/page-header"
import { InvoiceRequestList } from "@/components/invoices/invoice-request-list"
import { resolveLocale } from "@/i18n/routing"
import { listInvoiceRequests } from "@/lib/data/invoice-requests"
import { requireProducer } from "@/lib/producer-portal/require-producer"

type InvoicesPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ from?: string | string[]; to?: string | string[]; page?: string | string[] }>
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const dayOf = (value: string | string[] | undefined) => (typeof value === "string" && DAY.test(value) ? value : "")

export async function generateMetadata({ params }: InvoicesPageProps): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "ProducerPortalInvoices" })
  return { title: t("title"), robots: { index: false, follow: false } }
}

export default async function ProducerInvoicesPage({ params, searchParams }: InvoicesPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortalInvoices")
  await requireProducer(locale)
  const asked = await searchParams
  const range = { from: dayOf(asked.from), to: dayOf(asked.to) }
  const page = Math.max(1, Number(typeof asked.page === "string" ? asked.page : 1) || 1)
  // A range that ends before it starts is refused by the backend; the page shows it as a mistake instead.
  const backwards = Boolean(range.from && range.to && range.from > range.to)
  const list = backwards
    ? { orders: [], count: 0, limit: 20, offset: 0 }
    : await listInvoiceRequests({ from: range.from || undefined, to: range.to || undefined, page })
  return (
    <>
      <PageHeader title={t("title")} />
      <InvoiceRequestList {...list} range={range} page={page} backwards={backwards} />
    </>
  )
}
