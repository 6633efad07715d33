import { useTranslations } from "next-intl"
import styles from "./star-badge.module.css"

/**
 * The OCOP stars a product has earned. Screen readers hear "4 sao OCOP" instead of four glyphs;
 * the words are hidden text rather than role="img", so a card's one image stays its photo.
 */
export function StarBadge({ stars, size = "small" }: { stars: number; size?: "small" | "large" }) {
  const t = useTranslations("Ocop")

  return (
    <span className={size === "large" ? `${styles.badge} ${styles.large}` : styles.badge}>
      <span aria-hidden="true">{"★".repeat(stars)}</span>
      <span aria-hidden="true" className={styles.mark}>
        {t("badgeMark")}
      </span>
      <span className={styles.name}>{t("starsLabel", { stars })}</span>
    </span>
  )
}
