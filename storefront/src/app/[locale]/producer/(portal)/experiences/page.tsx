import { getTranslations, setRequestLocale } from "next-intl/server"
import { EXPERIENCE_STATUSES } from "@ocop/shared"
import { ExperienceList } from "@/components/experience-host/experience-list"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import styles from "@/components/producer-portal/portal.module.css"
import { CheckInLink } from "@/components/experience-host/check-in-link"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { listHostExperiences } from "@/lib/data/producer-experiences"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { hostMetadata } from "./host-metadata"

type ExperiencesPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ status?: string | string[] }>
}

export const generateMetadata = ({ params }: ExperiencesPageProps) => hostMetadata(params, "listTitle")

/** The host's community-tourism experiences, filtered by where they stand in review. */
export default async function HostExperiencesPage({ params, searchParams }: ExperiencesPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("HostExperiences")
  const { producer } = await requireProducer(locale)
  const requested = (await searchParams).status
  const status = EXPERIENCE_STATUSES.find((candidate) => candidate === requested)
  const experiences = await listHostExperiences(status)
  return (
    <>
      <PageHeader title={t("meta.listTitle")} lead={t("list.lead")} />
      {producer.status === "active" ? (
        <div className={styles.actions}>
          <Link href="/producer/experiences/new" className={styles.button}>
            {t("list.new")}
          </Link>
          <CheckInLink locale={locale} className={styles.button}>
            {t("list.checkIn")}
          </CheckInLink>
        </div>
      ) : (
        <Notice kind="info">{t("list.notApproved")}</Notice>
      )}
      <nav className={styles.filters} aria-label={t("list.filterLabel")}>
        {[undefined, ...EXPERIENCE_STATUSES].map((filter) => (
          <Link
            key={filter ?? "all"}
            href={filter ? `/producer/experiences?status=${filter}` : "/producer/experiences"}
            aria-current={filter === status ? "page" : undefined}
          >
            {filter ? t(`status.${filter}`) : t("list.all")}
          </Link>
        ))}
      </nav>
      <ExperienceList experiences={experiences} />
    </>
  )
}
