import { CheckCircle, EllipsisHorizontal, XCircle, XMark } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import { useState } from "react"
import { ReasonPrompt } from "../reason-prompt"
import { sdk } from "../../lib/sdk"
import type { Producer } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

// What the API allows from each status (the same rule as validate-producer-transition).
const canApprove = (status: Producer["status"]) => status === "pending" || status === "suspended"
const canReject = (status: Producer["status"]) => status === "pending"
const canSuspend = (status: Producer["status"]) => status === "active"

/**
 * The ⋯ menu of a chủ thể: approve an application (or reinstate a suspended one), reject an
 * application, suspend an active one; rejecting and suspending ask for the reason the producer reads.
 */
export const ProducerStatusActions = ({ producer }: { producer: Pick<Producer, "id" | "name" | "status"> }) => {
  const [prompt, setPrompt] = useState<"reject" | "suspend" | null>(null)
  const approve = useOcopMutation(
    () => sdk.client.fetch(`/admin/ocop/producers/${producer.id}/approve`, { method: "POST", body: {} }),
    `Đã duyệt ${producer.name} (Approved)`
  )
  const reject = useOcopMutation(
    (reason: string) =>
      sdk.client.fetch(`/admin/ocop/producers/${producer.id}/reject`, { method: "POST", body: { reason } }),
    `Đã từ chối hồ sơ ${producer.name} (Rejected)`
  )
  const suspend = useOcopMutation(
    (reason: string) =>
      sdk.client.fetch(`/admin/ocop/producers/${producer.id}/suspend`, { method: "POST", body: { reason } }),
    `Đã tạm ngưng ${producer.name} (Suspended)`
  )

  return (
    <>
      <DropdownMenu>
        <DropdownMenu.Trigger asChild>
          <IconButton size="small" variant="transparent" aria-label={`Thao tác: ${producer.name} (Actions)`}>
            <EllipsisHorizontal />
          </IconButton>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content align="end">
          <DropdownMenu.Item
            className="gap-x-2"
            disabled={!canApprove(producer.status) || approve.isPending}
            onClick={() => approve.mutate(undefined)}
          >
            <CheckCircle className="text-ui-fg-subtle" />
            Duyệt (Approve)
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="gap-x-2"
            disabled={!canReject(producer.status)}
            onClick={() => setPrompt("reject")}
          >
            <XMark className="text-ui-fg-subtle" />
            Từ chối hồ sơ (Reject)
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="gap-x-2"
            disabled={!canSuspend(producer.status)}
            onClick={() => setPrompt("suspend")}
          >
            <XCircle className="text-ui-fg-subtle" />
            Tạm ngưng (Suspend)
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu>
      <ReasonPrompt
        open={prompt === "reject"}
        onOpenChange={(open) => setPrompt(open ? "reject" : null)}
        title={`Từ chối hồ sơ ${producer.name}?`}
        description="Chủ thể nhận e-mail kèm lý do và có thể sửa hồ sơ để gửi lại (The applicant is e-mailed the reason and may correct and re-apply)."
        confirmLabel="Từ chối (Reject)"
        isPending={reject.isPending}
        onConfirm={(reason) => reject.mutateAsync(reason)}
      />
      <ReasonPrompt
        open={prompt === "suspend"}
        onOpenChange={(open) => setPrompt(open ? "suspend" : null)}
        title={`Tạm ngưng ${producer.name}?`}
        description="Chủ thể chuyển sang trạng thái tạm ngưng cho đến khi được duyệt lại (Suspend this producer until approved again)."
        confirmLabel="Tạm ngưng (Suspend)"
        isPending={suspend.isPending}
        onConfirm={(reason) => suspend.mutateAsync(reason)}
      />
    </>
  )
}
