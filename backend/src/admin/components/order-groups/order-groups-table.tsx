import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate, formatVnd } from "../../lib/ocop-labels"
import type { OrderGroupEntry } from "../../lib/ocop-types"
import { CheckoutPayment } from "./checkout-payment"
import { ProducerOrdersList } from "./producer-orders-list"

/** One row per checkout: its parent order (the payment) beside the orders its producers fulfil. */
export const OrderGroupsTable = ({ groups }: { groups: OrderGroupEntry[] }) => {
  if (groups.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
        Không có lần thanh toán nào khớp (No checkouts match).
      </Text>
    )
  }
  return (
    <div className="overflow-x-auto">
      <Table aria-label="Lần thanh toán (Checkouts)">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Ngày</Table.HeaderCell>
            <Table.HeaderCell>Đơn tổng</Table.HeaderCell>
            <Table.HeaderCell>Người mua</Table.HeaderCell>
            <Table.HeaderCell>Thanh toán</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Tổng</Table.HeaderCell>
            <Table.HeaderCell>Đơn của nhà sản xuất</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {groups.map((group) => (
            <Table.Row key={group.id} className="[&_td]:py-2 [&_td]:align-top">
              <Table.Cell className="whitespace-nowrap">{formatDate(group.created_at)}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">
                <Link
                  to={`/orders/${group.parent_order.id}`}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  #{group.parent_order.display_id}
                </Link>
              </Table.Cell>
              <Table.Cell className="max-w-56 truncate">{group.email ?? "–"}</Table.Cell>
              <Table.Cell>
                <CheckoutPayment group={group} />
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap text-right">{formatVnd(group.total)}</Table.Cell>
              <Table.Cell>
                <ProducerOrdersList group={group} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
