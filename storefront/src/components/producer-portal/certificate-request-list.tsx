import { useLocale, useTranslations } from "next-intl"
import type { CertificateRequest } from "@/lib/producer-portal/types"
import { formatDate } from "@/lib/util/date"
import styles from "./portal.module.css"

/** The scans already sent for this listing and what the office made of them. */
export function CertificateRequestList({ requests }: { requests: CertificateRequest[] }) {
  const t = useTranslations("ProducerPortal.certificateRequest")
  const locale = useLocale()
  if (!requests.length) return null
  return (
    <ul className={styles.list} aria-label={t("heading")}>
      {requests.map((request) => (
        <li key={request.id} className={styles.row} data-testid="certificate-request">
          <span>
            <a href={`/${locale}/producer/certificate-requests/${request.id}/file`} download>
              {t("sentOn", { date: formatDate(request.created_at, locale) })}
            </a>
            {request.status === "rejected" && request.reason ? (
              <span className={styles.muted}> · {t("reason", { reason: request.reason })}</span>
            ) : null}
          </span>
          <span
            className={`${styles.badge} ${request.status === "approved" ? styles.published : request.status === "rejected" ? styles.rejected : ""}`}
          >
            {t(`status.${request.status}`)}
          </span>
        </li>
      ))}
    </ul>
  )
}
