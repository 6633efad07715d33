import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatVnd } from "../../lib/ocop-labels"
import type { OrderGroupEntry } from "../../lib/ocop-types"
import { FulfilmentBadge } from "./checkout-payment"

type Props = { group: OrderGroupEntry; currentOrderId?: string }

/** One line per producer's order of a checkout, each linked to Medusa's order page. */
export const ProducerOrdersList = ({ group, currentOrderId }: Props) => (
  <ul className="flex flex-col gap-y-1" aria-label="Đơn của nhà sản xuất (Producer orders)">
    {group.orders.map((order) => (
      <li key={order.id} className="flex flex-wrap items-center gap-x-2">
        {order.id === currentOrderId ? (
          <Text size="small" weight="plus" aria-current="true">
            #{order.display_id} (đơn này)
          </Text>
        ) : (
          <Link
            to={`/orders/${order.id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small"
          >
            #{order.display_id}
          </Link>
        )}
        <Text size="small">{order.producer?.name ?? "Không rõ nhà sản xuất"}</Text>
        <FulfilmentBadge status={order.fulfilment_status} />
        <Text size="small" className="text-ui-fg-subtle">
          {formatVnd(order.total)}
        </Text>
      </li>
    ))}
  </ul>
)
