import { Heading, Table, Text } from "@medusajs/ui"
import { type ReactNode, useId } from "react"
import { Link } from "react-router-dom"
import { formatVnd, MISMATCH_REASON_LABELS } from "../../lib/ocop-labels"
import type { BankStatementImport, InvoicePaymentLine, StatementMismatch } from "../../lib/ocop-types"

type Column<Line> = { header: string; cell: (line: Line) => ReactNode; className?: string }

type SectionProps<Line> = { title: string; hint: string; lines: Line[]; columns: Column<Line>[] }

/** One list of an imported statement's lines, under its heading with the count. */
function LinesSection<Line extends { line: number }>({ title, hint, lines, columns }: SectionProps<Line>) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-y-2 px-6 py-4">
      <div>
        <Heading level="h2" id={headingId}>
          {title}: {lines.length}
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      </div>
      {lines.length > 0 && (
        <Table aria-label={title}>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="w-16">Dòng</Table.HeaderCell>
              {columns.map((column) => (
                <Table.HeaderCell key={column.header} className={column.className}>
                  {column.header}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lines.map((line) => (
              <Table.Row key={line.line}>
                <Table.Cell>{line.line}</Table.Cell>
                {columns.map((column) => (
                  <Table.Cell key={column.header} className={column.className}>
                    {column.cell(line)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  )
}

const ReferenceLink = ({ reference }: { reference?: string }) =>
  reference ? (
    <Link
      to={`/order-groups?q=${reference}`}
      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-mono"
    >
      {reference}
    </Link>
  ) : (
    "–"
  )

const reasonOf = (line: StatementMismatch) => {
  const reason = MISMATCH_REASON_LABELS[line.reason].vi
  return line.expected_amount === undefined ? reason : `${reason} (đơn cần ${formatVnd(line.expected_amount)})`
}

const amount = <Line extends { amount: number }>(): Column<Line> => ({
  header: "Số tiền",
  cell: (line) => formatVnd(line.amount),
  className: "whitespace-nowrap text-right",
})
const description: Column<StatementMismatch> = {
  header: "Nội dung",
  cell: (line) => line.description,
  className: "max-w-80 break-words",
}
const reference: Column<{ reference?: string }> = {
  header: "Mã chuyển khoản",
  cell: (line) => <ReferenceLink reference={line.reference} />,
}
const reason: Column<StatementMismatch> = { header: "Lý do", cell: reasonOf }
const invoiceReference: Column<InvoicePaymentLine> = { header: "Số hóa đơn", cell: (line) => line.reference }
const settled: Column<InvoicePaymentLine> = {
  header: "Hóa đơn",
  cell: (line) => (line.settles ? "Đã trả đủ" : "Trả một phần"),
}

/** The three lists the office works from: paid now, to check against an order, and to trace. */
export const StatementLines = ({ result }: { result: BankStatementImport }) => {
  const mismatched = result.mismatches.filter((line) => MISMATCH_REASON_LABELS[line.reason].list === "mismatched")
  const unknown = result.mismatches.filter((line) => MISMATCH_REASON_LABELS[line.reason].list === "unknown")
  return (
    <>
      <LinesSection
        title="Đã khớp (Matched)"
        hint="Đúng mã và đúng số tiền: các đơn này đã được ghi nhận thanh toán."
        lines={result.matched}
        columns={[reference, amount()]}
      />
      <LinesSection
        title="Trả hóa đơn công nợ (Invoice payments)"
        hint="Ghi số hóa đơn công nợ: khoản tiền được ghi vào hóa đơn; hóa đơn trả đủ được đánh dấu đã trả."
        lines={result.invoice_payments ?? []}
        columns={[invoiceReference, amount(), settled]}
      />
      <LinesSection
        title="Không khớp (Mismatched)"
        hint="Ghi mã của một đơn nhưng không được ghi nhận: kiểm tra với người mua rồi xử lý ở đơn tổng."
        lines={mismatched}
        columns={[reference, amount(), reason, description]}
      />
      <LinesSection
        title="Không rõ (Unknown)"
        hint="Không thuộc đơn nào của chợ: tiền khác chuyển vào tài khoản, hoặc người mua quên ghi mã."
        lines={unknown}
        columns={[amount(), description, reason]}
      />
    </>
  )
}
