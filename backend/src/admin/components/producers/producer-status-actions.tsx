import { CheckCircle, EllipsisHorizontal, XCircle } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import { useState } from "react"
import { ReasonPrompt } from "../reason-prompt"
import { sdk } from "../../lib/sdk"
import type { Producer } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

/** The ⋯ menu of a chủ thể: approve one that is not active, suspend one that is not suspended (with a reason). */
export const ProducerStatusActions = ({ producer }: { producer: Pick<Producer, "id" | "name" | "status"> }) => {
  const [suspending, setSuspending] = useState(false)
  const approve = useOcopMutation(
    () => sdk.client.fetch(`/admin/ocop/producers/${producer.id}/approve`, { method: "POST", body: {} }),
    `Đã duyệt ${producer.name} (Approved)`
  )
  const suspend = useOcopMutation(
    (reason: string) => sdk.client.fetch(`/admin/ocop/producers/${producer.id}/suspend`, { method: "POST", body: { reason } }),
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
            disabled={producer.status === "active" || approve.isPending}
            onClick={() => approve.mutate(undefined)}
          >
            <CheckCircle className="text-ui-fg-subtle" />
            Duyệt (Approve)
          </DropdownMenu.Item>
          <DropdownMenu.Item className="gap-x-2" disabled={producer.status === "suspended"} onClick={() => setSuspending(true)}>
            <XCircle className="text-ui-fg-subtle" />
            Tạm ngưng (Suspend)
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu>
      <ReasonPrompt
        open={suspending}
        onOpenChange={setSuspending}
        title={`Tạm ngưng ${producer.name}?`}
        description="Chủ thể chuyển sang trạng thái tạm ngưng cho đến khi được duyệt lại (Suspend this producer until approved again)."
        confirmLabel="Tạm ngưng (Suspend)"
        isPending={suspend.isPending}
        onConfirm={(reason) => suspend.mutateAsync(reason)}
      />
    </>
  )
}
