import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeader } from "@/components/layout/page-header"
import { AgeingBuckets } from "@/components/ledger/ageing-buckets"
import { InvoiceTable } from "@/components/ledger/invoice-table"
import { resolveLocale } from "@/i18n/routing"
import { retrieveProducerReceivables } from "@/lib/data/producer-receivables"
import { requireProducer } from "@/lib/producer-portal/require-producer"

type ReceivablesPageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: ReceivablesPageProps): Promise<Metadata> {
  const t = await getTranslations({
    locale: resolveLocale((await params).locale),
    namespace: "ProducerPortalReceivables",
  })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** Who owes this producer what: companies' invoices on terms, by ageing bucket. */
export default async function ProducerReceivablesPage({ params }: ReceivablesPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortalReceivables")
  await requireProducer(locale)
  const { summary, invoices } = await retrieveProducerReceivables()
  return (
    <>
      <PageHeader title={t("title")} lead={t("intro")} />
      <AgeingBuckets summary={summary} heading={t("owed")} />
      <InvoiceTable invoices={invoices} party="company" />
    </>
  )
}
