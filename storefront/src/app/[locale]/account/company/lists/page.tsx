import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import styles from "@/components/bulk-order/bulk-order.module.css"
import { PurchaseLists, SavePurchaseListForm } from "@/components/bulk-order/purchase-lists"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { Link, redirect } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { listPurchaseLists } from "@/lib/data/bulk-order"
import { retrieveCustomer } from "@/lib/data/customer"

type ListsPageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: ListsPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveLocale((await params).locale), namespace: "BulkOrder" })
  return { title: t("listsTitle"), robots: { index: false, follow: false } }
}

/** The company's purchase lists: save the open cart as one, add one to the cart. */
export default async function PurchaseListsPage({ params }: ListsPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("BulkOrder")
  const customer = await retrieveCustomer()
  if (!customer)
    return redirect({ href: { pathname: "/account/sign-in", query: { next: "/account/company/lists" } }, locale })
  const lists = await listPurchaseLists()
  return (
    <div className={styles.page}>
      <PageHeader title={t("listsTitle")} lead={t("listsIntro")} />
      {lists === null ? (
        <Notice kind="info">{t("error.notWholesaleBuyer")}</Notice>
      ) : (
        <>
          <Link href="/wholesale/quick-order">{t("quickOrderLink")}</Link>
          <SavePurchaseListForm />
          <PurchaseLists lists={lists} />
        </>
      )}
    </div>
  )
}
