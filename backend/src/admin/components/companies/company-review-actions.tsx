import { Button } from "@medusajs/ui"
import { useState } from "react"
import type { CompanyEntry } from "../../lib/company-admin"
import { sdk } from "../../lib/sdk"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import { ReasonPrompt } from "../reason-prompt"

type Decision = "verify" | "reject" | "suspend" | "reinstate"

/**
 * What the office may decide from the company's status: verify or reject a registration (with the
 * reason the company reads), suspend a verified company (with a reason), reinstate a suspended one.
 */
export const CompanyReviewActions = ({ company }: { company: Pick<CompanyEntry, "id" | "legal_name" | "status"> }) => {
  const [prompt, setPrompt] = useState<"reject" | "suspend" | null>(null)
  const decide = useOcopMutation(
    ({ decision, reason }: { decision: Decision; reason?: string }) =>
      sdk.client.fetch(`/admin/companies/${company.id}/${decision}`, {
        method: "POST",
        body: reason ? { reason } : {},
      }),
    `Đã lưu quyết định cho "${company.legal_name}" (Saved)`
  )
  const promptText = {
    reject: {
      title: `Không xác minh "${company.legal_name}"?`,
      description:
        "Doanh nghiệp nhận e-mail kèm lý do và có thể sửa thông tin để gửi lại (The company is e-mailed the reason and may correct and resend).",
      confirm: "Không xác minh (Reject)",
    },
    suspend: {
      title: `Tạm ngưng mua sỉ của "${company.legal_name}"?`,
      description:
        "Nhân viên của doanh nghiệp mất giá sỉ và công nợ cho đến khi mở lại (Its staff lose wholesale prices and terms until reinstated).",
      confirm: "Tạm ngưng (Suspend)",
    },
  }

  return (
    <>
      {company.status === "pending" && (
        <>
          <Button size="small" variant="secondary" onClick={() => setPrompt("reject")}>
            Không xác minh (Reject)
          </Button>
          <Button size="small" isLoading={decide.isPending} onClick={() => decide.mutate({ decision: "verify" })}>
            Xác minh (Verify)
          </Button>
        </>
      )}
      {company.status === "verified" && (
        <Button size="small" variant="secondary" onClick={() => setPrompt("suspend")}>
          Tạm ngưng (Suspend)
        </Button>
      )}
      {company.status === "suspended" && (
        <Button size="small" isLoading={decide.isPending} onClick={() => decide.mutate({ decision: "reinstate" })}>
          Mở lại (Reinstate)
        </Button>
      )}
      {prompt && (
        <ReasonPrompt
          open
          onOpenChange={(open) => !open && setPrompt(null)}
          title={promptText[prompt].title}
          description={promptText[prompt].description}
          confirmLabel={promptText[prompt].confirm}
          isPending={decide.isPending}
          onConfirm={(reason) => decide.mutateAsync({ decision: prompt, reason })}
        />
      )}
    </>
  )
}
