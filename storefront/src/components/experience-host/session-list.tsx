import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { HostSession } from "@/lib/experience-host/types"
import { formatDateTime } from "@/lib/util/date"
import styles from "@/components/producer-portal/portal.module.css"
import { SessionActions } from "./session-actions"

type SessionListProps = { experienceId: string; sessions: HostSession[]; now: Date; readOnly: boolean }

/** A month's sessions: when, status, places taken of the capacity; actions on those still to come. */
export function SessionList({ experienceId, sessions, now, readOnly }: SessionListProps) {
  const t = useTranslations("HostExperiences.sessions")
  const locale = useLocale()
  if (!sessions.length) return <p role="status">{t("empty")}</p>
  return (
    <ul className={styles.list}>
      {sessions.map((session) => {
        const when = t("when", {
          start: formatDateTime(session.starts_at, locale),
          end: formatDateTime(session.ends_at, locale),
        })
        const upcoming = new Date(session.starts_at).getTime() > now.getTime()
        return (
          <li key={session.id} className={styles.card} data-testid="host-session">
            <div className={styles.row}>
              <strong>{when}</strong>
              <span
                className={`${styles.badge} ${session.status === "open" ? styles.published : session.status === "cancelled" ? styles.rejected : ""}`}
              >
                {t(`status.${session.status}`)}
              </span>
            </div>
            <span>
              {t("places", { taken: session.taken, capacity: session.capacity, vacancies: session.vacancies })}
            </span>
            <Link href={`/producer/experiences/${experienceId}/sessions/${session.id}`}>
              {t("guestListLink", { when })}
            </Link>
            {upcoming && !readOnly ? (
              <SessionActions sessionId={session.id} status={session.status} capacity={session.capacity} when={when} />
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
