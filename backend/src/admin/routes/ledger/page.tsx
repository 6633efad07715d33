import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Checkbox, Container, Heading, Label, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { CompanyAgeingTable, type CompanyAgeing } from "../../components/ledger/company-ageing-table"
import { sdk } from "../../lib/sdk"

const backendUrl = (import.meta.env.VITE_BACKEND_URL || "/").replace(/\/+$/, "")

/** The office's công nợ: what each company owes on terms by ageing bucket, and the XLSX of its invoices. */
const LedgerPage = () => {
  const [overdueOnly, setOverdueOnly] = useState(false)
  const query = overdueOnly ? { overdue_only: "true" } : {}
  const ledger = useQuery({
    queryKey: ["ocop", "ledger", overdueOnly],
    queryFn: () => sdk.client.fetch<{ companies: CompanyAgeing[] }>("/admin/ledger", { query }),
  })
  // A plain link carries the admin's session cookie; the answer is an attachment.
  const exportUrl = `${backendUrl}/admin/ledger/export${overdueOnly ? "?overdue_only=true" : ""}`

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Công nợ doanh nghiệp (Receivables ledger)</Heading>
        <Text size="small" className="text-ui-fg-subtle max-w-3xl">
          Hóa đơn mua trả chậm còn mở của từng doanh nghiệp, theo số ngày quá hạn (giờ Việt Nam). Doanh nghiệp có hóa
          đơn quá hạn không đặt thêm đơn trả chậm được; hóa đơn được ghi nhận đã trả khi sao kê ngân hàng có số hóa đơn.
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-4 px-6 py-4">
        <div className="flex items-center gap-2">
          <Checkbox id="overdue-only" checked={overdueOnly} onCheckedChange={(v) => setOverdueOnly(v === true)} />
          <Label htmlFor="overdue-only">Chỉ doanh nghiệp có nợ quá hạn</Label>
        </div>
        <a href={exportUrl} download className="text-ui-fg-interactive txt-compact-small">
          Tải XLSX (Export)
        </a>
      </div>
      {ledger.error ? (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {ledger.error.message}
        </Text>
      ) : ledger.isLoading ? (
        <Text size="small" role="status" className="px-6 py-4">
          Đang tải…
        </Text>
      ) : (
        <CompanyAgeingTable companies={ledger.data?.companies ?? []} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Công nợ",
  icon: Cash,
})

export const handle = {
  breadcrumb: () => "Công nợ",
}

export default LedgerPage
