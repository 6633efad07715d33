import { useTranslations } from "next-intl"
import styles from "@/components/account/account.module.css"

const BENEFITS = ["tiers", "minimums", "bulk", "quotes", "terms", "invoices"] as const

/** What a verified business gets, in the order a buyer weighs it. */
export function WholesaleBenefits() {
  const t = useTranslations("Wholesale.benefits")
  return (
    <ul className={styles.list}>
      {BENEFITS.map((benefit) => (
        <li key={benefit} className={styles.card}>
          <h2>{t(`${benefit}.title`)}</h2>
          <p>{t(`${benefit}.text`)}</p>
        </li>
      ))}
    </ul>
  )
}
