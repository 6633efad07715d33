import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingBag } from "@medusajs/icons"
import { ListPagination } from "../../components/list-pagination"
import { ListingsTable } from "../../components/listings/listings-table"
import { ReviewQueue } from "../../components/review-queue"
import { LISTING_STATUS_LABELS } from "../../lib/ocop-labels"
import { useListings } from "../../lib/ocop-queries"
import type { ListingReviewStatus } from "../../lib/ocop-types"
import { usePageParams } from "../../lib/use-page-params"

const PAGE_SIZE = 20

/** The office's review queue of products producers list in their portal (proposed first). */
const ListingsPage = () => {
  const { filters, pageIndex, setFilter, setPageIndex } = usePageParams(["status"] as const)
  const status = (filters.status as ListingReviewStatus | undefined) ?? "proposed"
  const { data, error } = useListings({ status, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })

  return (
    <ReviewQueue
      title="Duyệt sản phẩm (Listing review)"
      description="Sản phẩm chủ thể đăng trên cổng nhà sản xuất, chờ văn phòng OCOP duyệt trước khi bán"
      statusLabels={LISTING_STATUS_LABELS}
      status={status}
      onStatusChange={(value) => setFilter("status", value)}
      error={error}
    >
      {data && (
        <>
          <ListingsTable listings={data.products} />
          <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
        </>
      )}
    </ReviewQueue>
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
