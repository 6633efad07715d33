import { StatusBadge } from "@medusajs/ui"
import { CERTIFICATE_STATUS_LABELS } from "../lib/ocop-labels"
import type { CertificateStatus } from "../lib/ocop-types"

/** In Vietnamese; tables use the compact form, the English name then shows on hover. */
export const CertificateStatusBadge = ({ status, compact = false }: { status: CertificateStatus; compact?: boolean }) => {
  const { vi, en, color } = CERTIFICATE_STATUS_LABELS[status]
  return (
    <StatusBadge color={color} title={en} className="whitespace-nowrap">
      {compact ? vi : `${vi} (${en})`}
    </StatusBadge>
  )
}
