import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { ListPagination } from "../../components/list-pagination"
import { OrderGroupsTable } from "../../components/order-groups/order-groups-table"
import { OrderSearchForm } from "../../components/order-groups/order-search-form"
import { useOrderGroups } from "../../lib/ocop-queries"
import { usePageParams } from "../../lib/use-page-params"

const PAGE_SIZE = 20

/**
 * The checkouts as the office reads them: Medusa's order list shows a checkout as several rows
 * (the parent order with the payment, then one order per producer); here it is one row.
 */
const OrderGroupsPage = () => {
  const { filters, pageIndex, setFilter, setPageIndex } = usePageParams(["q"] as const)
  const { data, error } = useOrderGroups({ q: filters.q, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Đơn hàng OCOP (Checkouts)</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-2xl">
            Mỗi lần thanh toán có một đơn tổng giữ khoản thanh toán và một đơn cho mỗi nhà sản xuất. Ghi nhận thanh toán
            ở đơn tổng; nhà sản xuất xử lý đơn của mình.
          </Text>
        </div>
        <OrderSearchForm value={filters.q} onSearch={(q) => setFilter("q", q)} />
      </div>
      {error && (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {data && !error && (
        <>
          <OrderGroupsTable groups={data.order_groups} />
          <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Đơn hàng OCOP",
  icon: ShoppingCart,
})

export const handle = {
  breadcrumb: () => "Đơn hàng OCOP",
}

export default OrderGroupsPage
