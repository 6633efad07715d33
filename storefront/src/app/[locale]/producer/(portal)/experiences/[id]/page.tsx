import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ExperienceForm } from "@/components/experience-host/experience-form"
import { ExperienceStatusBadge } from "@/components/experience-host/experience-status-badge"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { ImageManager } from "@/components/producer-portal/image-manager"
import styles from "@/components/producer-portal/portal.module.css"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveHostExperience } from "@/lib/data/producer-experiences"
import { retrieveProducerProduct } from "@/lib/data/producer-products"
import { experienceFields, shownExperience } from "@/lib/experience-host/experience-fields"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { hostMetadata } from "../host-metadata"

type ExperiencePageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ created?: string }>
}

export const generateMetadata = ({ params }: ExperiencePageProps) => hostMetadata(params, "editTitle")

/** One experience: where it stands in review, its content and rules, and its photos (its product's images). */
export default async function HostExperiencePage({ params, searchParams }: ExperiencePageProps) {
  const { locale: requested, id } = await params
  const locale = resolveLocale(requested)
  setRequestLocale(locale)
  const t = await getTranslations("HostExperiences")
  const { producer } = await requireProducer(locale)
  const experience = await retrieveHostExperience(id)
  if (!experience) notFound()
  // The photos are the linked product's images, managed as a listing's are; without them the rest still works.
  const product = await retrieveProducerProduct(experience.product_id).catch((error) => {
    console.error("Could not load the experience's product", error)
    return null
  })
  const note =
    experience.status === "rejected"
      ? t("edit.rejectedNote", { reason: experience.reject_reason ?? "" })
      : t(`edit.${experience.status}Note`)
  return (
    <>
      <Link href="/producer/experiences">{t("back")}</Link>
      <PageHeader title={experience.title_vi} lead={<ExperienceStatusBadge status={experience.status} />} />
      {(await searchParams).created ? <Notice kind="info">{t("edit.created")}</Notice> : null}
      <Notice kind={experience.status === "rejected" ? "error" : "info"}>{note}</Notice>
      <div className={styles.actions}>
        <Link href={`/producer/experiences/${experience.id}/sessions`} className={styles.button}>
          {t("edit.sessionsLink")}
        </Link>
      </div>
      {producer.status === "suspended" ? null : (
        <section className={styles.section} aria-labelledby="experience-content-heading">
          <h2 id="experience-content-heading">{t("edit.contentHeading")}</h2>
          <ExperienceForm initial={shownExperience(experienceFields(experience))} experienceId={experience.id} />
        </section>
      )}
      {product ? (
        <ImageManager productId={product.id} title={experience.title_vi} images={product.images} />
      ) : (
        <p className={styles.muted}>{t("edit.noPhotos")}</p>
      )}
    </>
  )
}
