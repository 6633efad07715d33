import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { GuestList } from "@/components/experience-host/guest-list"
import { PageHeader } from "@/components/layout/page-header"
import styles from "@/components/producer-portal/portal.module.css"
import { CheckInLink } from "@/components/experience-host/check-in-link"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { retrieveHostSession, retrieveSessionGuestList } from "@/lib/data/producer-experience-sessions"
import { retrieveHostExperience } from "@/lib/data/producer-experiences"
import { requireProducer } from "@/lib/producer-portal/require-producer"
import { formatDateTime } from "@/lib/util/date"
import { hostMetadata } from "../../../host-metadata"

type GuestListPageProps = { params: Promise<{ locale: string; id: string; sessionId: string }> }

export const generateMetadata = ({ params }: GuestListPageProps) => hostMetadata(params, "guestListTitle")

/** Who comes to one session: each booking's participants, guests, voucher and arrival; the list as XLSX. */
export default async function HostGuestListPage({ params }: GuestListPageProps) {
  const { locale: requested, id, sessionId } = await params
  const locale = resolveLocale(requested)
  setRequestLocale(locale)
  const t = await getTranslations("HostExperiences.guests")
  await requireProducer(locale)
  const detail = await retrieveHostSession(sessionId)
  // A session reached under another experience's address is not found, as another producer's is.
  if (!detail || detail.experience.id !== id) notFound()
  const [experience, guestList] = await Promise.all([retrieveHostExperience(id), retrieveSessionGuestList(sessionId)])
  if (!experience || !guestList) notFound()
  const { session } = detail
  const when = formatDateTime(session.starts_at, locale)
  return (
    <>
      <Link href={`/producer/experiences/${id}/sessions`}>{t("back")}</Link>
      <PageHeader
        title={t("heading", { title: experience.title_vi, when })}
        lead={t("places", { taken: session.taken, capacity: session.capacity })}
      />
      <div className={styles.actions}>
        <a
          href={`/${locale}/producer/experiences/${id}/sessions/${session.id}/guest-list.xlsx`}
          className={styles.button}
          download
        >
          {t("download")}
        </a>
        <CheckInLink locale={locale} className={styles.button}>
          {t("checkInLink")}
        </CheckInLink>
      </div>
      <GuestList bookings={guestList.bookings} participantTypes={experience.participant_types} />
    </>
  )
}
