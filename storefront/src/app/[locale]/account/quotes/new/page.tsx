import { getTranslations, setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"
import styles from "@/components/account/account.module.css"
import { PageHeader } from "@/components/layout/page-header"
import { RequestQuoteForm } from "@/components/quotes/request-quote-form"
import { redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"
import { listQuotes } from "@/lib/data/quotes"
import { quotesMetadata } from "../quotes-metadata"

type NewQuotePageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ producer_id?: string | string[]; variant_id?: string | string[] }>
}

const ID = /^[a-z]+_[A-Za-z0-9]{1,64}$/

export const generateMetadata = ({ params }: NewQuotePageProps) => quotesMetadata(params, "Quotes", "newTitle")

/** "Yêu cầu báo giá" from a product page: `?producer_id=…&variant_id=…`. */
export default async function NewQuotePage({ params, searchParams }: NewQuotePageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Quotes")
  const { producer_id: producerId, variant_id: variantId } = await searchParams
  if (typeof producerId !== "string" || typeof variantId !== "string" || !ID.test(producerId) || !ID.test(variantId))
    notFound()
  const customer = await retrieveCustomer()
  if (!customer) {
    const next = `/account/quotes/new?producer_id=${producerId}&variant_id=${variantId}`
    return redirect({ href: { pathname: "/account/sign-in", query: { next } }, locale })
  }
  return (
    <div className={styles.narrow}>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      {/* Only staff of a verified company may list (and ask for) quotes. */}
      {(await listQuotes()) ? (
        <RequestQuoteForm producerId={producerId} variantId={variantId} />
      ) : (
        <p role="status">{t("error.notVerified")}</p>
      )}
    </div>
  )
}
