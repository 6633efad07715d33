import { Button } from "@medusajs/ui"
import { ReasonPrompt } from "../reason-prompt"
import { sdk } from "../../lib/sdk"
import type { Producer } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

/** Approve a pending or suspended chủ thể; suspend an approved or pending one (with a reason). */
export const ProducerStatusActions = ({ producer }: { producer: Pick<Producer, "id" | "name" | "status"> }) => {
  const approve = useOcopMutation(
    () => sdk.client.fetch(`/admin/ocop/producers/${producer.id}/approve`, { method: "POST", body: {} }),
    `Đã duyệt ${producer.name} (Approved)`
  )
  const suspend = useOcopMutation(
    (reason: string) => sdk.client.fetch(`/admin/ocop/producers/${producer.id}/suspend`, { method: "POST", body: { reason } }),
    `Đã tạm ngưng ${producer.name} (Suspended)`
  )

  return (
    <div className="flex justify-end gap-x-2">
      {producer.status !== "active" && (
        <Button
          size="small"
          variant="secondary"
          isLoading={approve.isPending}
          onClick={() => approve.mutate(undefined)}
          aria-label={`Duyệt ${producer.name} (Approve)`}
        >
          Duyệt (Approve)
        </Button>
      )}
      {producer.status !== "suspended" && (
        <ReasonPrompt
          triggerLabel="Tạm ngưng (Suspend)"
          title={`Tạm ngưng ${producer.name}?`}
          description="Chủ thể chuyển sang trạng thái tạm ngưng cho đến khi được duyệt lại (Suspend this producer until approved again)."
          confirmLabel="Tạm ngưng (Suspend)"
          isPending={suspend.isPending}
          onConfirm={(reason) => suspend.mutateAsync(reason)}
        />
      )}
    </div>
  )
}
