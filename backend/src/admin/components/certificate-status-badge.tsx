import { StatusBadge } from "@medusajs/ui"
import { bilingual, CERTIFICATE_STATUS_LABELS } from "../lib/ocop-labels"
import type { CertificateStatus } from "../lib/ocop-types"

/** In Vietnamese; tables use the compact form, the English name then shows on hover. */
export const CertificateStatusBadge = ({
  status,
  compact = false,
}: {
  status: CertificateStatus
  compact?: boolean
}) => {
  const label = CERTIFICATE_STATUS_LABELS[status]
  return (
    <StatusBadge color={label.color} title={label.en} className="whitespace-nowrap">
      {compact ? label.vi : bilingual(label)}
    </StatusBadge>
  )
}
