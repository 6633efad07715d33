import { useLocale, useTranslations } from "next-intl"
import type { ExperienceSummary } from "@ocop/shared"
import { Link } from "@/i18n/navigation"
import { pickLocalized } from "@/lib/util/localized"
import { formatPrice } from "@/lib/util/money"
import styles from "./experience.module.css"

/** One experience in a list: its photo, kind, title, host and lowest price. */
export function ExperienceCard({ experience, level = 3 }: { experience: ExperienceSummary; level?: 3 | 4 }) {
  const t = useTranslations("Experience")
  const locale = useLocale()
  const title = pickLocalized(experience.title_vi, experience.title_en, locale) ?? experience.title_vi
  const Heading = level === 3 ? "h3" : "h4"

  return (
    <article className={styles.card}>
      {experience.thumbnail ? (
        <img src={experience.thumbnail} alt="" width={640} height={480} loading="lazy" decoding="async" />
      ) : null}
      <p className={styles.kind}>{t(`kind.${experience.kind}`)}</p>
      <Heading>
        <Link href={`/experiences/${experience.handle}`}>{title}</Link>
      </Heading>
      <p className={styles.hint}>{experience.producer.name}</p>
      {experience.price_from !== null ? (
        <p className={styles.price}>{t("priceFrom", { price: formatPrice(experience.price_from) })}</p>
      ) : null}
    </article>
  )
}

/** Experiences as cards; `level` is their titles' heading level under the list's own heading. */
export function ExperienceCards({ experiences, level = 3 }: { experiences: ExperienceSummary[]; level?: 3 | 4 }) {
  return (
    <ul className={styles.cards}>
      {experiences.map((experience) => (
        <li key={experience.id}>
          <ExperienceCard experience={experience} level={level} />
        </li>
      ))}
    </ul>
  )
}
