import { useTranslations } from "next-intl"
import type { WholesaleCartPart } from "@ocop/shared"
import { formatPrice } from "@/lib/util/money"
import styles from "./cart-view.module.css"

/** What a producer's part of a wholesale cart still lacks: its minimum order value, a line's minimum or case pack. */
export function WholesalePartNotice({ part }: { part: WholesaleCartPart }) {
  const t = useTranslations("WholesalePrices")
  const lines = part.lines.filter((line) => line.problem)
  if (!part.missing && !lines.length) {
    return part.minimum ? (
      <p className={styles.note} role="status">
        {t("minimumMet", { minimum: formatPrice(part.minimum) })}
      </p>
    ) : null
  }
  return (
    <div role="alert" className={styles.note}>
      {part.missing > 0 ? (
        <p>{t("missingToMinimum", { missing: formatPrice(part.missing), minimum: formatPrice(part.minimum ?? 0) })}</p>
      ) : null}
      {lines.map((line) => (
        <p key={line.line_id}>
          {line.problem === "below_wholesale_minimum"
            ? t("lineBelowMinimum", { title: line.title, count: line.min_quantity })
            : t("lineNotCaseMultiple", { title: line.title, count: line.case_pack })}
        </p>
      ))}
    </div>
  )
}
