import { useTranslations } from "next-intl"
import type { ListingStatus } from "@ocop/shared"
import styles from "./portal.module.css"

const LOOK: Partial<Record<ListingStatus, string>> = { published: styles.published, rejected: styles.rejected }

export function ListingStatusBadge({ status }: { status: ListingStatus }) {
  const t = useTranslations("ProducerPortal.listingStatus")
  return (
    <span className={`${styles.badge} ${LOOK[status] ?? ""}`} data-testid="listing-status">
      {t(status)}
    </span>
  )
}
