import { getTranslations, setRequestLocale } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { NewProductForm } from "@/components/producer-portal/new-product-form"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { portalMetadata } from "../../../portal-metadata"

type NewProductPageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: NewProductPageProps) => portalMetadata(params, "newProductTitle")

export default async function NewProducerProductPage({ params }: NewProductPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  const { producer } = await requireProducer(locale)
  return (
    <>
      <Link href="/producer/products">{t("product.back")}</Link>
      <PageHeader title={t("meta.newProductTitle")} />
      {producer.status === "active" ? <NewProductForm /> : <Notice kind="info">{t("products.notApproved")}</Notice>}
    </>
  )
}
