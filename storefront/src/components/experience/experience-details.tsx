import { useLocale, useTranslations } from "next-intl"
import { pickLocalized } from "@/lib/util/localized"
import { policyClauses } from "@/lib/experiences/policy-wording"
import { durationParts, mapUrl } from "@/lib/experiences/session-time"
import type { ExperienceDetail } from "@/lib/experiences/types"
import styles from "./experience.module.css"

/** The experience's key facts, what is included, where to meet and its cancellation policy in words. */
export function ExperienceDetails({ experience }: { experience: ExperienceDetail }) {
  const t = useTranslations("Experience")
  const locale = useLocale()
  const languageName = new Intl.DisplayNames([locale], { type: "language" })
  const duration = durationParts(experience.duration_minutes)
  const included = locale === "en" && experience.included_en.length ? experience.included_en : experience.included_vi
  const excluded = locale === "en" && experience.excluded_en.length ? experience.excluded_en : experience.excluded_vi
  const { meeting_lat: lat, meeting_lng: lng } = experience

  return (
    <>
      <section className={styles.section} aria-labelledby="experience-facts">
        <h2 id="experience-facts">{t("facts")}</h2>
        <dl className={styles.facts}>
          <dt>{t("duration")}</dt>
          <dd>
            {duration.unit === "days"
              ? t("durationDays", { days: duration.days })
              : duration.unit === "minutes"
                ? t("durationMinutes", { minutes: duration.minutes })
                : duration.unit === "hours"
                  ? t("durationHours", { hours: duration.hours })
                  : t("durationHoursMinutes", { hours: duration.hours, minutes: duration.minutes })}
          </dd>
          {experience.languages.length ? (
            <>
              <dt>{t("languages")}</dt>
              <dd>{experience.languages.map((code) => languageName.of(code) ?? code).join(", ")}</dd>
            </>
          ) : null}
          <dt>{t("minAge")}</dt>
          <dd>{experience.min_age ? t("minAgeValue", { age: experience.min_age }) : t("anyAge")}</dd>
          {experience.min_participants > 1 ? (
            <>
              <dt>{t("minParticipants")}</dt>
              <dd>{t("minParticipantsValue", { count: experience.min_participants })}</dd>
            </>
          ) : null}
          {experience.cutoff_hours > 0 ? (
            <>
              <dt>{t("cutoff")}</dt>
              <dd>{t("cutoffValue", { hours: experience.cutoff_hours })}</dd>
            </>
          ) : null}
          <dt>{t("confirmationLabel")}</dt>
          <dd>{t(`confirmation.${experience.confirmation}`)}</dd>
          <dt>{t("paymentLabel")}</dt>
          <dd>
            {experience.deposit_percent
              ? t("deposit.terms", { percent: experience.deposit_percent })
              : t(experience.pay_on_arrival ? "payOnArrival.yes" : "payOnArrival.no")}
          </dd>
        </dl>
      </section>
      <section className={styles.section} aria-labelledby="experience-description">
        <h2 id="experience-description">{t("description")}</h2>
        <p>{pickLocalized(experience.description_vi, experience.description_en, locale)}</p>
      </section>
      {included.length ? (
        <section className={styles.section} aria-labelledby="experience-included">
          <h2 id="experience-included">{t("included")}</h2>
          <ul>
            {included.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {excluded.length ? (
        <section className={styles.section} aria-labelledby="experience-excluded">
          <h2 id="experience-excluded">{t("excluded")}</h2>
          <ul>
            {excluded.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className={styles.section} aria-labelledby="experience-meeting">
        <h2 id="experience-meeting">{t("meeting")}</h2>
        <address>{experience.meeting_address}</address>
        {lat !== null && lng !== null ? (
          <a href={mapUrl(lat, lng)} rel="noopener noreferrer" target="_blank">
            {t("map")}
          </a>
        ) : null}
      </section>
      <section className={styles.section} aria-labelledby="experience-policy">
        <h2 id="experience-policy">{t("policy.heading")}</h2>
        <ul>
          {policyClauses(experience.cancellation_policy).map((clause) => (
            <li key={`${clause.kind}-${"days" in clause ? clause.days : ""}`}>
              {clause.kind === "refund_until"
                ? t("policy.refund_until", { percent: clause.percent, days: clause.days })
                : clause.kind === "no_refund_after"
                  ? t("policy.no_refund_after", { days: clause.days })
                  : t("policy.no_refund")}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
