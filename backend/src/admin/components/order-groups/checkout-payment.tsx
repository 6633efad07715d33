import { StatusBadge, Text } from "@medusajs/ui"
import { CHECKOUT_PAYMENT_STATUS_LABELS, FULFILMENT_STATUS_LABELS, PAYMENT_METHOD_LABELS } from "../../lib/ocop-labels"
import type { FulfilmentStatus, OrderGroupEntry } from "../../lib/ocop-types"

/** The checkout's payment: its state, how it is paid and, for a bank transfer, the reference to look for. */
export const CheckoutPayment = ({ group }: { group: OrderGroupEntry }) => {
  const status = CHECKOUT_PAYMENT_STATUS_LABELS[group.payment_status]
  const method = group.payment ? PAYMENT_METHOD_LABELS[group.payment.provider_id] : undefined
  return (
    <div className="flex flex-col items-start gap-y-1">
      <StatusBadge color={status.color} title={status.en} className="whitespace-nowrap">
        {status.vi}
      </StatusBadge>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {method?.vi ?? group.payment?.provider_id ?? "Chưa có thanh toán"}
        {group.payment?.reference && (
          <>
            {" · "}
            <span className="text-ui-fg-base font-mono" data-testid="transfer-reference">
              {group.payment.reference}
            </span>
          </>
        )}
      </Text>
    </div>
  )
}

export const FulfilmentBadge = ({ status }: { status: FulfilmentStatus }) => {
  const label = FULFILMENT_STATUS_LABELS[status]
  return (
    <StatusBadge color={label.color} title={label.en} className="whitespace-nowrap">
      {label.vi}
    </StatusBadge>
  )
}
