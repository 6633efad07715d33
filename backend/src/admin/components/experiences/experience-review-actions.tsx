import { Button } from "@medusajs/ui"
import { useState } from "react"
import { ReasonPrompt } from "../reason-prompt"
import { sdk } from "../../lib/sdk"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

/** Approve (bookable at once) or reject with the reason the host reads in its portal. */
export const ExperienceReviewActions = ({ experience }: { experience: { id: string; title_vi: string } }) => {
  const [rejecting, setRejecting] = useState(false)
  const approve = useOcopMutation(
    () => sdk.client.fetch(`/admin/ocop/experiences/${experience.id}/approve`, { method: "POST", body: {} }),
    `Đã duyệt "${experience.title_vi}" (Published)`
  )
  const reject = useOcopMutation(
    (reason: string) =>
      sdk.client.fetch(`/admin/ocop/experiences/${experience.id}/reject`, { method: "POST", body: { reason } }),
    `Đã từ chối "${experience.title_vi}" (Rejected)`
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
        title={`Từ chối "${experience.title_vi}"?`}
        description="Chủ nhà nhận e-mail kèm lý do và có thể sửa trải nghiệm để gửi duyệt lại (The host is e-mailed the reason and may edit and resubmit)."
        confirmLabel="Từ chối (Reject)"
        isPending={reject.isPending}
        onConfirm={(reason) => reject.mutateAsync(reason)}
      />
    </>
  )
}
