import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountNav } from "@/components/account/account-nav"
import styles from "@/components/account/account.module.css"
import { PageHeader } from "@/components/layout/page-header"
import { QuoteList } from "@/components/quotes/quote-list"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"
import { listQuotes } from "@/lib/data/quotes"
import { quotesMetadata } from "./quotes-metadata"

type QuotesPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: QuotesPageProps) => quotesMetadata(params, "Quotes", "listTitle")

/** The company's requests for quote, for any of its staff. */
export default async function QuotesPage({ params }: QuotesPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Quotes")
  const customer = await retrieveCustomer()
  if (!customer) return redirect({ href: { pathname: "/account/sign-in", query: { next: "/account/quotes" } }, locale })
  const quotes = await listQuotes()
  return (
    <div className={styles.page}>
      <PageHeader title={t("listTitle")} lead={t("listLead")} />
      <AccountNav current="quotes" />
      {quotes ? (
        <QuoteList quotes={quotes} hrefBase="/account/quotes" counterpart="producer" />
      ) : (
        <p role="status">{t("error.notVerified")}</p>
      )}
    </div>
  )
}
