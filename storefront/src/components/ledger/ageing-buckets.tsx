import { useTranslations } from "next-intl"
import { AGEING_BUCKETS, type AgeingSummary } from "@ocop/shared"
import { formatPrice } from "@/lib/util/money"
import styles from "./ledger.module.css"

/** What is owed by ageing bucket, then the total and the overdue part. */
export function AgeingBuckets({ summary, heading }: { summary: AgeingSummary; heading: string }) {
  const t = useTranslations("Ledger")
  return (
    <section aria-label={heading}>
      <h2>{heading}</h2>
      <dl className={styles.summary}>
        {AGEING_BUCKETS.map((bucket) => (
          <div key={bucket}>
            <dt>{t(`bucket.${bucket}`)}</dt>
            <dd>{formatPrice(summary[bucket])}</dd>
          </div>
        ))}
        <div>
          <dt>{t("open")}</dt>
          <dd>{formatPrice(summary.open)}</dd>
        </div>
        <div>
          <dt>{t("overdue")}</dt>
          <dd className={summary.overdue > 0 ? styles.overdue : undefined}>{formatPrice(summary.overdue)}</dd>
        </div>
      </dl>
    </section>
  )
}
