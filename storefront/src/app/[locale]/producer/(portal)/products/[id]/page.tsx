import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Listing } from "@ocop/shared"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { ArchiveForm } from "@/components/producer-portal/archive-form"
import { CertificateRequestForm } from "@/components/producer-portal/certificate-request-form"
import { CertificateRequestList } from "@/components/producer-portal/certificate-request-list"
import { ImageManager } from "@/components/producer-portal/image-manager"
import { ListingStatusBadge } from "@/components/producer-portal/listing-status-badge"
import styles from "@/components/producer-portal/portal.module.css"
import { ProductContentForm } from "@/components/producer-portal/product-content-form"
import { VariantEditor } from "@/components/producer-portal/variant-editor"
import { WholesaleTierEditor } from "@/components/producer-portal/wholesale-tier-editor"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { listCertificateRequests, retrieveProducerProduct } from "@/lib/data/producer-products"
import { retrieveProductWholesale } from "@/lib/data/producer-wholesale"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { formatDate } from "@/lib/util/date"
import { portalMetadata } from "../../../portal-metadata"

type ProductPageProps = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string }> }

export const generateMetadata = ({ params }: ProductPageProps) => portalMetadata(params, "productsTitle")

function contentValues(product: Listing): Record<string, string> {
  return {
    title: product.title,
    title_en: product.title_en ?? "",
    description: product.description ?? "",
    description_en: product.description_en ?? "",
    product_set: product.product_set ? String(product.product_set) : "",
    growing_area_code: product.origin?.growing_area_code ?? "",
  }
}

/** One listing: where it stands in review, its content, packs, photos and certificate; archive. */
export default async function ProducerProductPage({ params, searchParams }: ProductPageProps) {
  const { locale: requested, id } = await params
  const locale = resolveLocale(requested)
  setRequestLocale(locale)
  const t = await getTranslations("ProducerPortal")
  const { producer } = await requireProducer(locale)
  const product = await retrieveProducerProduct(id)
  if (!product) notFound()
  // The scans are a side note of the page: without them the listing can still be edited.
  const certificateRequests = await listCertificateRequests(product.id).catch((error) => {
    console.error("Could not load the certificate requests", error)
    return []
  })
  const readOnly = producer.status === "suspended"
  const wholesale = await retrieveProductWholesale(product.id)
  const note =
    product.status === "rejected"
      ? t("product.rejectedNote", { reason: product.review_reason ?? "" })
      : product.status === "proposed"
        ? t("product.proposedNote")
        : product.status === "draft"
          ? t("product.draftNote")
          : t("product.publishedNote")
  return (
    <>
      <Link href="/producer/products">{t("product.back")}</Link>
      <PageHeader title={product.title} lead={<ListingStatusBadge status={product.status} />} />
      {(await searchParams).created ? <Notice kind="info">{t("product.created")}</Notice> : null}
      <Notice kind={product.status === "rejected" ? "error" : "info"}>{note}</Notice>
      {readOnly ? null : <ProductContentForm productId={product.id} initial={contentValues(product)} />}
      <VariantEditor productId={product.id} variants={product.variants} readOnly={readOnly} />
      {wholesale ? <WholesaleTierEditor wholesale={wholesale} readOnly={readOnly} /> : null}
      <ImageManager productId={product.id} title={product.title} images={product.images} />
      <section className={styles.section} aria-labelledby="certificate-heading">
        <h2 id="certificate-heading">{t("product.certificateHeading")}</h2>
        {product.certificate ? (
          <p>
            {t("product.certificateCurrent", {
              number: product.certificate.number,
              stars: product.certificate.stars,
              date: formatDate(product.certificate.expires_at, locale),
            })}
          </p>
        ) : null}
        <p className={styles.muted}>{t("product.certificateLead")}</p>
        <CertificateRequestList requests={certificateRequests} />
        {readOnly ? null : <CertificateRequestForm productId={product.id} />}
      </section>
      {readOnly || product.status === "draft" ? null : <ArchiveForm productId={product.id} />}
    </>
  )
}
