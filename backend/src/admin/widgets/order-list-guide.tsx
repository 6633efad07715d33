import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { OrderSearchForm } from "../components/order-groups/order-search-form"

/**
 * Medusa's order list shows one checkout as several rows; this says why above the list and
 * searches the checkouts by transfer reference, which the list cannot.
 */
const OrderListGuideWidget = () => {
  const navigate = useNavigate()
  return (
    <Container
      className="flex flex-wrap items-center justify-between gap-4 px-6 py-4"
      role="note"
      aria-label="Đơn hàng OCOP"
    >
      <Text size="small" className="text-ui-fg-subtle max-w-2xl">
        Mỗi lần thanh toán hiện ở đây thành nhiều đơn: một <strong>đơn tổng</strong> giữ khoản thanh toán và một đơn cho
        mỗi nhà sản xuất (ghi “chưa thanh toán” vì tiền nằm ở đơn tổng). Xem chúng gộp theo lần thanh toán ở{" "}
        <Link to="/order-groups" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          Đơn hàng OCOP
        </Link>
        .
      </Text>
      <OrderSearchForm onSearch={(q) => q && navigate(`/order-groups?q=${encodeURIComponent(q)}`)} />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default OrderListGuideWidget
