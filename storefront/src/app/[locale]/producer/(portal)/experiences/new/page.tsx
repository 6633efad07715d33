import { getTranslations, setRequestLocale } from "next-intl/server"
import { ExperienceForm } from "@/components/experience-host/experience-form"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { NEW_EXPERIENCE, shownExperience } from "@/lib/experience-host/experience-fields"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { hostMetadata } from "../host-metadata"

type NewExperiencePageProps = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: NewExperiencePageProps) => hostMetadata(params, "newTitle")

/** A new experience, placed in the host's commune; the host's first one goes to the office's review. */
export default async function NewHostExperiencePage({ params }: NewExperiencePageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("HostExperiences")
  const { producer } = await requireProducer(locale)
  return (
    <>
      <Link href="/producer/experiences">{t("back")}</Link>
      <PageHeader title={t("meta.newTitle")} lead={t("form.newLead")} />
      {producer.status === "active" ? (
        <ExperienceForm initial={shownExperience(NEW_EXPERIENCE)} />
      ) : (
        <Notice kind="info">{t("list.notApproved")}</Notice>
      )}
    </>
  )
}
