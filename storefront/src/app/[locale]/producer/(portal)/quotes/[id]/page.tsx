import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeader } from "@/components/layout/page-header"
import { QuoteAnswerForm } from "@/components/producer-portal/quote-answer-form"
import { QuoteLines } from "@/components/quotes/quote-lines"
import { QuoteSummary } from "@/components/quotes/quote-summary"
import { QuoteThread } from "@/components/quotes/quote-thread"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveProducerQuote } from "@/lib/data/producer-quotes"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { quotesMetadata } from "../../../../account/quotes/quotes-metadata"

type QuotePageProps = { params: Promise<{ locale: string; id: string }> }

export const generateMetadata = ({ params }: QuotePageProps) =>
  quotesMetadata(params, "ProducerPortalQuotes", "detailTitle")

/** One request for quote: what the company asks for, the thread, and the producer's answer form. */
export default async function ProducerQuotePage({ params }: QuotePageProps) {
  const { locale: requested, id } = await params
  const locale = resolveLocale(requested)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortalQuotes")
  const { producer } = await requireProducer(locale)
  const quote = await retrieveProducerQuote(id)
  if (!quote) notFound()
  return (
    <>
      <Link href="/producer/quotes">{t("back")}</Link>
      <PageHeader title={t("detailHeading", { company: quote.company?.legal_name ?? "" })} />
      <QuoteSummary quote={quote} />
      <QuoteLines quote={quote} />
      <QuoteThread quote={quote} />
      {producer.status === "active" ? <QuoteAnswerForm quote={quote} /> : null}
    </>
  )
}
