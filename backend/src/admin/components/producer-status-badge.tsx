import { StatusBadge } from "@medusajs/ui"
import { bilingual, PRODUCER_STATUS_LABELS } from "../lib/ocop-labels"
import type { ProducerStatus } from "../lib/ocop-types"

/** In Vietnamese; tables use the compact form, the English name then shows on hover. */
export const ProducerStatusBadge = ({ status, compact = false }: { status: ProducerStatus; compact?: boolean }) => {
  const label = PRODUCER_STATUS_LABELS[status]
  return (
    <StatusBadge color={label.color} title={label.en} className="whitespace-nowrap">
      {compact ? label.vi : bilingual(label)}
    </StatusBadge>
  )
}
