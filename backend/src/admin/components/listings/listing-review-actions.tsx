import { Button } from "@medusajs/ui"
import { useState } from "react"
import { ReasonPrompt } from "../reason-prompt"
import { sdk } from "../../lib/sdk"
import type { ListingEntry } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

/** Approve (on sale at once) or reject with the reason the producer reads in its portal. */
export const ListingReviewActions = ({ listing }: { listing: Pick<ListingEntry, "id" | "title"> }) => {
  const [rejecting, setRejecting] = useState(false)
  const approve = useOcopMutation(
    () => sdk.client.fetch(`/admin/ocop/listings/${listing.id}/approve`, { method: "POST", body: {} }),
    `Đã duyệt "${listing.title}" (Published)`
  )
  const reject = useOcopMutation(
    (reason: string) =>
      sdk.client.fetch(`/admin/ocop/listings/${listing.id}/reject`, { method: "POST", body: { reason } }),
    `Đã từ chối "${listing.title}" (Rejected)`
  )

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setRejecting(true)}>
        Từ chối (Reject)
      </Button>
      <Button size="small" isLoading={approve.isPending} onClick={() => approve.mutate(undefined)}>
        Duyệt (Approve)
      </Button>
      <ReasonPrompt
        open={rejecting}
        onOpenChange={setRejecting}
        title={`Từ chối "${listing.title}"?`}
        description="Nhà sản xuất nhận e-mail kèm lý do và có thể sửa sản phẩm để gửi duyệt lại (The producer is e-mailed the reason and may edit and resubmit)."
        confirmLabel="Từ chối (Reject)"
        isPending={reject.isPending}
        onConfirm={(reason) => reject.mutateAsync(reason)}
      />
    </>
  )
}
