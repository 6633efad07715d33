import { getTranslations, setRequestLocale } from "next-intl/server"
import type { ListingStatus } from "@ocop/shared"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import styles from "@/components/producer-portal/portal.module.css"
import { ProductList } from "@/components/producer-portal/product-list"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { listProducerProducts } from "@/lib/data/producer-products"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { portalMetadata } from "../../portal-metadata"

type ProductsPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string | string[] }> }

export const generateMetadata = ({ params }: ProductsPageProps) => portalMetadata(params, "productsTitle")

const STATUSES: ListingStatus[] = ["proposed", "published", "rejected", "draft"]

export default async function ProducerProductsPage({ params, searchParams }: ProductsPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  const { producer } = await requireProducer(locale)
  const requested = (await searchParams).status
  const status = STATUSES.find((candidate) => candidate === requested)
  const { products } = await listProducerProducts(status)
  return (
    <>
      <PageHeader title={t("meta.productsTitle")} />
      {producer.status === "active" ? (
        <div className={styles.actions}>
          <Link href="/producer/products/new" className={styles.button}>
            {t("products.new")}
          </Link>
        </div>
      ) : (
        <Notice kind="info">{t("products.notApproved")}</Notice>
      )}
      <ProductList products={products} status={status} />
    </>
  )
}
