import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { StatementLines } from "../../components/bank-statements/statement-lines"
import { StatementUpload } from "../../components/bank-statements/statement-upload"
import { sdk } from "../../lib/sdk"
import type { BankStatementImport } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

/** Imports the collection account's statement: the VietQR transfers it shows are marked paid. */
const BankStatementsPage = () => {
  const importStatement = useOcopMutation(
    (csv: string) =>
      sdk.client.fetch<BankStatementImport>("/admin/ocop/bank-statements", { method: "POST", body: { csv } }),
    "Đã nhập sao kê (Statement imported)"
  )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Sao kê ngân hàng (Bank statement)</Heading>
        <Text size="small" className="text-ui-fg-subtle max-w-3xl">
          Tệp CSV xuất từ ngân hàng của tài khoản nhận tiền, có các cột ngày giao dịch, số tiền và nội dung. Khoản nào
          ghi đúng mã chuyển khoản và đúng số tiền của một đơn thì đơn đó được ghi nhận đã thanh toán; các dòng khác chỉ
          được liệt kê. Nhập lại cùng tệp không ghi nhận lần hai. Tối đa 100 KB mỗi lần (khoảng 1.000 dòng).
        </Text>
      </div>
      <StatementUpload pending={importStatement.isPending} onImport={(csv) => importStatement.mutate(csv)} />
      {importStatement.error && (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {importStatement.error.message}
        </Text>
      )}
      {importStatement.data && !importStatement.isPending && <StatementLines result={importStatement.data} />}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Sao kê ngân hàng",
  icon: Receipt,
})

export const handle = {
  breadcrumb: () => "Sao kê ngân hàng",
}

export default BankStatementsPage
