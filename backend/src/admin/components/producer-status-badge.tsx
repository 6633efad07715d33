import { StatusBadge } from "@medusajs/ui"
import { PRODUCER_STATUS_LABELS } from "../lib/ocop-labels"
import type { ProducerStatus } from "../lib/ocop-types"

export const ProducerStatusBadge = ({ status }: { status: ProducerStatus }) => {
  const { label, color } = PRODUCER_STATUS_LABELS[status]
  return <StatusBadge color={color}>{label}</StatusBadge>
}
