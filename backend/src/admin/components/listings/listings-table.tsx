import { StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate, LISTING_STATUS_LABELS } from "../../lib/ocop-labels"
import type { ListingEntry } from "../../lib/ocop-types"
import { ListingReviewActions } from "./listing-review-actions"

/** Producers' listings; a proposed one carries the review buttons, a rejected one its reason. */
export const ListingsTable = ({ listings }: { listings: ListingEntry[] }) => {
  if (listings.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
        Không có sản phẩm nào chờ duyệt (Nothing to review).
      </Text>
    )
  }
  return (
    <Table aria-label="Sản phẩm chờ duyệt (Listings)">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
          <Table.HeaderCell>Chủ thể</Table.HeaderCell>
          <Table.HeaderCell>Ngày gửi</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          <Table.HeaderCell className="w-px" />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {listings.map((listing) => {
          const status = LISTING_STATUS_LABELS[listing.status]
          return (
            <Table.Row key={listing.id}>
              <Table.Cell>
                <div className="flex items-center gap-x-3 py-2">
                  {listing.thumbnail && <img src={listing.thumbnail} alt="" className="h-8 w-8 rounded object-cover" />}
                  <div>
                    {/* Medusa's own product page: images, variants and prices to check before deciding. */}
                    <Link to={`/products/${listing.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                      {listing.title}
                    </Link>
                    {listing.title_en && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {listing.title_en}
                      </Text>
                    )}
                    {listing.review_reason && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        Lý do (Reason): {listing.review_reason}
                      </Text>
                    )}
                  </div>
                </div>
              </Table.Cell>
              <Table.Cell>
                {listing.producer ? (
                  <Link to={`/producers/${listing.producer.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                    {listing.producer.name}
                  </Link>
                ) : (
                  "–"
                )}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">{formatDate(listing.created_at)}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={status.color} title={status.en} className="whitespace-nowrap">
                  {status.vi}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell>{listing.status === "proposed" && <ListingReviewActions listing={listing} />}</Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
