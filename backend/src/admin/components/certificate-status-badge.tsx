import { StatusBadge } from "@medusajs/ui"
import { CERTIFICATE_STATUS_LABELS } from "../lib/ocop-labels"
import type { CertificateStatus } from "../lib/ocop-types"

export const CertificateStatusBadge = ({ status }: { status: CertificateStatus }) => {
  const { label, color } = CERTIFICATE_STATUS_LABELS[status]
  return <StatusBadge color={color}>{label}</StatusBadge>
}
