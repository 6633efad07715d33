import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import styles from "@/components/account/account.module.css"
import { PageHeader } from "@/components/layout/page-header"
import { QuoteActions } from "@/components/quotes/quote-actions"
import { QuoteLines } from "@/components/quotes/quote-lines"
import { QuoteSummary } from "@/components/quotes/quote-summary"
import { QuoteThread } from "@/components/quotes/quote-thread"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveQuote } from "@/lib/data/quotes"
import { quotesMetadata } from "../quotes-metadata"

type QuotePageProps = { params: Promise<{ locale: string; id: string }> }

export const generateMetadata = ({ params }: QuotePageProps) => quotesMetadata(params, "Quotes", "detailTitle")

/** One of the company's quotes: the lines and prices, the thread, and what the buyer can do now. */
export default async function QuotePage({ params }: QuotePageProps) {
  const { locale: requested, id } = await params
  const locale = resolveLocale(requested)
  setRequestLocale(locale)
  const t = await getTranslations("Quotes")
  const quote = await retrieveQuote(id)
  if (!quote) notFound()
  return (
    <div className={styles.page}>
      <Link href="/account/quotes">{t("back")}</Link>
      <PageHeader title={t("detailHeading", { producer: quote.producer?.name ?? "" })} />
      <QuoteSummary quote={quote} />
      <QuoteLines quote={quote} />
      <QuoteThread quote={quote} />
      <QuoteActions quote={quote} />
    </div>
  )
}
