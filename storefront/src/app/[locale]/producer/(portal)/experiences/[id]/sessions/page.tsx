import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { SessionGenerator } from "@/components/experience-host/session-generator"
import { SessionList } from "@/components/experience-host/session-list"
import { PageHeader } from "@/components/layout/page-header"
import styles from "@/components/producer-portal/portal.module.css"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { listHostSessions } from "@/lib/data/producer-experience-sessions"
import { retrieveHostExperience } from "@/lib/data/producer-experiences"
import { monthRange, sessionMonth, shiftMonth } from "@/lib/experience-host/session-rule"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { hostMetadata } from "../../host-metadata"

type SessionsPageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ month?: string | string[] }>
}

export const generateMetadata = ({ params }: SessionsPageProps) => hostMetadata(params, "sessionsTitle")

/** An experience's sessions month by month, with places taken and left; new ones from a weekly rule. */
export default async function HostSessionsPage({ params, searchParams }: SessionsPageProps) {
  const { locale: requested, id } = await params
  const locale = resolveLocale(requested)
  setRequestLocale(locale)
  const t = await getTranslations("HostExperiences")
  const { producer } = await requireProducer(locale)
  const experience = await retrieveHostExperience(id)
  if (!experience) notFound()
  const now = new Date()
  const asked = (await searchParams).month
  const month = sessionMonth(typeof asked === "string" ? asked : undefined, now)
  const sessions = await listHostSessions(experience.id, month)
  const monthName = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${monthRange(month).from}T00:00:00Z`))
  const readOnly = producer.status !== "active"
  return (
    <>
      <Link href={`/producer/experiences/${experience.id}`}>{t("sessions.back", { title: experience.title_vi })}</Link>
      <PageHeader title={t("sessions.heading", { title: experience.title_vi })} />
      <section className={styles.section} aria-labelledby="month-heading">
        <h2 id="month-heading">{t("sessions.month", { month: monthName })}</h2>
        <nav className={styles.filters} aria-label={t("sessions.monthNav")}>
          <Link href={`/producer/experiences/${experience.id}/sessions?month=${shiftMonth(month, -1)}`}>
            {t("sessions.previousMonth")}
          </Link>
          <Link href={`/producer/experiences/${experience.id}/sessions?month=${shiftMonth(month, 1)}`}>
            {t("sessions.nextMonth")}
          </Link>
        </nav>
        <SessionList experienceId={experience.id} sessions={sessions} now={now} readOnly={readOnly} />
      </section>
      {readOnly ? null : (
        <SessionGenerator
          experienceId={experience.id}
          durationMinutes={experience.duration_minutes}
          homestay={experience.kind === "homestay"}
        />
      )}
    </>
  )
}
