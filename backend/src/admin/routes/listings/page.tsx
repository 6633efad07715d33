import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingBag } from "@medusajs/icons"
import { Container, Heading, Select, Text } from "@medusajs/ui"
import { ListPagination } from "../../components/list-pagination"
import { ListingsTable } from "../../components/listings/listings-table"
import { bilingual, LISTING_STATUS_LABELS } from "../../lib/ocop-labels"
import { useListings } from "../../lib/ocop-queries"
import type { ListingStatus } from "../../lib/ocop-types"
import { usePageParams } from "../../lib/use-page-params"

const PAGE_SIZE = 20

/** The office's review queue of products producers list in their portal (proposed first). */
const ListingsPage = () => {
  const { filters, pageIndex, setFilter, setPageIndex } = usePageParams(["status"] as const)
  const status = (filters.status as ListingStatus | undefined) ?? "proposed"
  const { data, error } = useListings({ status, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Duyệt sản phẩm (Listing review)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Sản phẩm chủ thể đăng trên cổng nhà sản xuất, chờ văn phòng OCOP duyệt trước khi bán
          </Text>
        </div>
        <Select size="small" value={status} onValueChange={(value) => setFilter("status", value)}>
          <Select.Trigger aria-label="Trạng thái (Status)" className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(LISTING_STATUS_LABELS) as ListingStatus[]).map((value) => (
              <Select.Item key={value} value={value}>
                {bilingual(LISTING_STATUS_LABELS[value])}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {error && (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {data && (
        <>
          <ListingsTable listings={data.products} />
          <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Duyệt sản phẩm",
  icon: ShoppingBag,
})

export const handle = {
  breadcrumb: () => "Duyệt sản phẩm",
}

export default ListingsPage
