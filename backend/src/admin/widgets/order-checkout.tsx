import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CheckoutPayment } from "../components/order-groups/checkout-payment"
import { ProducerOrdersList } from "../components/order-groups/producer-orders-list"
import { useOrderGroups } from "../lib/ocop-queries"
import type { OrderGroupEntry } from "../lib/ocop-types"

/** What this order is in its checkout, in one sentence a clerk can act on. */
function roleOf(orderId: string, group: OrderGroupEntry) {
  if (group.parent_order.id === orderId) {
    return {
      heading: "Đơn tổng của lần thanh toán (Checkout's parent order)",
      explanation:
        `Đơn này giữ khoản thanh toán của cả lần mua; hàng do ${group.orders.length} nhà sản xuất giao, ` +
        "mỗi nhà một đơn dưới đây.",
    }
  }
  const index = group.orders.findIndex((order) => order.id === orderId)
  const producer = group.orders[index]?.producer?.name ?? "không rõ"
  return {
    heading: `Đơn của nhà sản xuất ${producer} (${index + 1} trong ${group.orders.length})`,
    explanation: `Khoản thanh toán nằm ở đơn tổng #${group.parent_order.display_id}, nên Medusa ghi đơn này là chưa thanh toán.`,
  }
}

/**
 * Tells the parent order of a checkout from its producers' orders: Medusa's order list shows
 * them as separate rows whose payment statuses seem to disagree.
 */
const OrderCheckoutWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, error } = useOrderGroups({ order_id: order.id })
  const group = data?.order_groups[0]
  const role = group && roleOf(order.id, group)

  return (
    <Container className="divide-y p-0" role="region" aria-labelledby="ocop-checkout-heading">
      <div className="px-6 py-4">
        <Heading level="h2" id="ocop-checkout-heading">
          {role?.heading ?? "Lần thanh toán OCOP (Checkout)"}
        </Heading>
        {role && (
          <Text size="small" className="text-ui-fg-subtle">
            {role.explanation}
          </Text>
        )}
        {data && !group && (
          <Text size="small" className="text-ui-fg-subtle">
            Đơn này không thuộc lần thanh toán OCOP nào: không nhà sản xuất nào nhận được nó.
          </Text>
        )}
        {error && (
          <Text size="small" role="alert" className="text-ui-fg-error">
            {error.message}
          </Text>
        )}
      </div>
      {group && (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex flex-wrap items-center gap-x-3">
            <Text size="small" weight="plus">
              {group.parent_order.id === order.id ? (
                "Đơn tổng (đơn này)"
              ) : (
                <Link
                  to={`/orders/${group.parent_order.id}`}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  Đơn tổng #{group.parent_order.display_id}
                </Link>
              )}
            </Text>
            <CheckoutPayment group={group} />
          </div>
          <ProducerOrdersList group={group} currentOrderId={order.id} />
          <Link
            to={`/order-groups?q=${group.parent_order.display_id}`}
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-small"
          >
            Xem trong Đơn hàng OCOP
          </Link>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.before",
})

export default OrderCheckoutWidget
