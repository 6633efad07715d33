import { getTranslations, setRequestLocale } from "next-intl/server"
import { PageHeader } from "@/components/layout/page-header"
import styles from "@/components/producer-portal/portal.module.css"
import { QuoteList } from "@/components/quotes/quote-list"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { listProducerQuotes } from "@/lib/data/producer-quotes"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { QUOTE_STATUSES } from "@ocop/shared"
import { quotesMetadata } from "../../../account/quotes/quotes-metadata"

type QuotesInboxProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ status?: string | string[] }>
}

export const generateMetadata = ({ params }: QuotesInboxProps) =>
  quotesMetadata(params, "ProducerPortalQuotes", "listTitle")

/** The producer's requests for quote, newest first, filtered by status. */
export default async function ProducerQuotesPage({ params, searchParams }: QuotesInboxProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortalQuotes")
  const statusT = await getTranslations("Quotes")
  await requireProducer(locale)
  const requested = (await searchParams).status
  const status = QUOTE_STATUSES.find((candidate) => candidate === requested)
  const { quotes } = await listProducerQuotes(status)
  return (
    <>
      <PageHeader title={t("listTitle")} />
      <nav className={styles.filters} aria-label={t("filterLabel")}>
        {[undefined, ...QUOTE_STATUSES].map((filter) => (
          <Link
            key={filter ?? "all"}
            href={filter ? `/producer/quotes?status=${filter}` : "/producer/quotes"}
            aria-current={filter === status ? "page" : undefined}
          >
            {filter ? statusT(`status.${filter}`) : t("all")}
          </Link>
        ))}
      </nav>
      <QuoteList quotes={quotes} hrefBase="/producer/quotes" counterpart="company" />
    </>
  )
}
