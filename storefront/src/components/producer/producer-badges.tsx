import { useTranslations } from "next-intl"
import styles from "./producer-badges.module.css"

type ProducerBadgesProps = {
  producer: {
    women_led?: boolean
    ethnic_minority_led?: boolean
    ethnic_group?: string | null
    in_value_chain?: boolean
  }
}

/** What the OCOP programme counts about a producer (its plan targets these shares). */
export function ProducerBadges({ producer }: ProducerBadgesProps) {
  const t = useTranslations("Producer")
  const badges = [
    producer.women_led ? t("womenLed") : null,
    producer.ethnic_minority_led
      ? producer.ethnic_group
        ? t("ethnicMinorityLedGroup", { group: producer.ethnic_group })
        : t("ethnicMinorityLed")
      : null,
    producer.in_value_chain ? t("inValueChain") : null,
  ].filter((badge): badge is string => badge !== null)
  if (badges.length === 0) return null

  return (
    <ul className={styles.badges} aria-label={t("badges")}>
      {badges.map((badge) => (
        <li key={badge} className={styles.badge}>
          {badge}
        </li>
      ))}
    </ul>
  )
}
