import { useTranslations } from "next-intl"
import type { DepositSplit } from "@/lib/experiences/deposit"
import { formatPrice } from "@/lib/util/money"
import styles from "./experience.module.css"

/** "Đặt cọc trực tuyến: 270.000 ₫ — còn lại trả khi đến: 630.000 ₫": a deposit and the rest due on arrival. */
export function DepositSplitLine({ split }: { split: DepositSplit }) {
  const t = useTranslations("Experience.deposit")
  return (
    <p className={styles.hint}>{t("split", { deposit: formatPrice(split.deposit), due: formatPrice(split.due) })}</p>
  )
}
