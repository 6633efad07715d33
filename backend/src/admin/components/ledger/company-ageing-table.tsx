import { Table, Text } from "@medusajs/ui"
import { formatVnd } from "../../lib/ocop-labels"

export type CompanyAgeing = {
  company_id: string
  company_name: string | null
  credit_limit: number
  current: number
  "1_30": number
  "31_60": number
  "61_90": number
  over_90: number
  open: number
  overdue: number
}

const BUCKETS: [keyof CompanyAgeing, string][] = [
  ["current", "Chưa đến hạn"],
  ["1_30", "1–30 ngày"],
  ["31_60", "31–60 ngày"],
  ["61_90", "61–90 ngày"],
  ["over_90", "> 90 ngày"],
  ["open", "Tổng nợ"],
  ["overdue", "Quá hạn"],
]

/** What each company owes on terms, by days overdue, most overdue first. */
export const CompanyAgeingTable = ({ companies }: { companies: CompanyAgeing[] }) => {
  if (!companies.length)
    return (
      <Text size="small" role="status" className="px-6 py-4">
        Không có công nợ nào (No open invoices).
      </Text>
    )
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Doanh nghiệp</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Hạn mức</Table.HeaderCell>
            {BUCKETS.map(([key, label]) => (
              <Table.HeaderCell key={key} className="text-right">
                {label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {companies.map((company) => (
            <Table.Row key={company.company_id}>
              <Table.Cell>{company.company_name ?? company.company_id}</Table.Cell>
              <Table.Cell className="text-right">{formatVnd(company.credit_limit)}</Table.Cell>
              {BUCKETS.map(([key]) => (
                <Table.Cell
                  key={key}
                  className={key === "overdue" && company.overdue > 0 ? "text-ui-fg-error text-right" : "text-right"}
                >
                  {formatVnd(Number(company[key]))}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
