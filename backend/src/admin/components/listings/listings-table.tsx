import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { LISTING_STATUS_LABELS } from "../../lib/ocop-labels"
import type { ListingEntry } from "../../lib/ocop-types"
import { linkClass, ReviewTable } from "../review-table"
import { ListingReviewActions } from "./listing-review-actions"

/** Producers' listings; a proposed one carries the review buttons, a rejected one its reason. */
export const ListingsTable = ({ listings }: { listings: ListingEntry[] }) => (
  <ReviewTable
    label="Sản phẩm chờ duyệt (Listings)"
    empty="Không có sản phẩm nào chờ duyệt (Nothing to review)."
    entries={listings}
    statusLabels={LISTING_STATUS_LABELS}
    product={(listing) => (
      <div className="flex items-center gap-x-3 py-2">
        {listing.thumbnail && <img src={listing.thumbnail} alt="" className="h-8 w-8 rounded object-cover" />}
        <div>
          {/* Medusa's own product page: images, variants and prices to check before deciding. */}
          <Link to={`/products/${listing.id}`} className={linkClass}>
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
    )}
    actions={(listing) => listing.status === "proposed" && <ListingReviewActions listing={listing} />}
  />
)
