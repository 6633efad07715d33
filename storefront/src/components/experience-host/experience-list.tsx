import { useLocale, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { HostExperience } from "@/lib/experience-host/types"
import { pickLocalized } from "@/lib/util/localized"
import { formatPrice } from "@/lib/util/money"
import styles from "@/components/producer-portal/portal.module.css"
import { ExperienceStatusBadge } from "./experience-status-badge"

/** The host's experiences with where each stands in review (and the office's reason when rejected). */
export function ExperienceList({ experiences }: { experiences: HostExperience[] }) {
  const t = useTranslations("HostExperiences")
  const locale = useLocale()
  if (!experiences.length) return <p role="status">{t("list.empty")}</p>
  return (
    <ul className={styles.list}>
      {experiences.map((experience) => {
        const title = pickLocalized(experience.title_vi, experience.title_en, locale) ?? ""
        const prices = experience.participant_types
          .map((type) => type.price)
          .filter((price): price is number => typeof price === "number")
        return (
          <li key={experience.id} className={styles.card} data-testid="host-experience">
            <div className={styles.row}>
              <Link href={`/producer/experiences/${experience.id}`} aria-label={t("list.edit", { title })}>
                <strong>{title}</strong>
              </Link>
              <ExperienceStatusBadge status={experience.status} />
            </div>
            <span className={styles.muted}>
              {t(`kind.${experience.kind}`)}
              {prices.length ? ` · ${t("list.priceFrom", { price: formatPrice(Math.min(...prices)) })}` : ""}
            </span>
            {experience.status === "rejected" && experience.reject_reason ? (
              <span>{t("list.rejectReason", { reason: experience.reject_reason })}</span>
            ) : null}
            <Link href={`/producer/experiences/${experience.id}/sessions`}>{t("list.sessions", { title })}</Link>
          </li>
        )
      })}
    </ul>
  )
}
