import { useTranslations } from "next-intl"
import type { FulfilmentStatus } from "@/lib/producer-portal/types"
import styles from "./portal.module.css"

const LOOK: Partial<Record<FulfilmentStatus, string>> = { delivered: styles.published, canceled: styles.rejected }

export function FulfilmentBadge({ status }: { status: FulfilmentStatus }) {
  const t = useTranslations("ProducerPortal.fulfilment")
  return (
    <span className={`${styles.badge} ${LOOK[status] ?? ""}`} data-testid="fulfilment-status">
      {t(status)}
    </span>
  )
}
