import { getTranslations, setRequestLocale } from "next-intl/server"
import { AccountNav } from "@/components/account/account-nav"
import styles from "@/components/account/account.module.css"
import { OrderHistory } from "@/components/account/order-history"
import { PageHeader } from "@/components/layout/page-header"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { buysWholesale } from "@/lib/data/company"
import { retrieveCustomer } from "@/lib/data/customer"
import { HISTORY_PAGE_SIZE, listOrderHistory } from "@/lib/data/order-history"
import { accountMetadata } from "./account-metadata"

type AccountPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> }

export const generateMetadata = ({ params }: AccountPageProps) => accountMetadata(params, "ordersTitle")

/** The signed-in customer's home: its order history, page by page. */
export default async function AccountPage({ params, searchParams }: AccountPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Account")
  const customer = await retrieveCustomer()
  if (!customer) return redirect({ href: { pathname: "/account/sign-in", query: { next: "/account" } }, locale })
  const requested = Number((await searchParams).page)
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1
  const [history, wholesale] = await Promise.all([listOrderHistory(page), buysWholesale()])
  if (!history) return redirect({ href: "/account/sign-in", locale })

  return (
    <div className={styles.page}>
      <PageHeader title={t("ordersTitle")} lead={t("greeting", { name: customer.first_name || customer.email })} />
      <AccountNav current="orders" />
      <OrderHistory groups={history.order_groups} wholesale={wholesale} />
      {page > 1 || page * HISTORY_PAGE_SIZE < history.count ? (
        <nav className={styles.links} aria-label={t("pagesLabel")}>
          {page > 1 ? <Link href={`/account?page=${page - 1}`}>{t("newer")}</Link> : null}
          {page * HISTORY_PAGE_SIZE < history.count ? (
            <Link href={`/account?page=${page + 1}`}>{t("older")}</Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  )
}
