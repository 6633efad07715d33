import { StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { bilingual, formatDate } from "../../lib/ocop-labels"
import { BUYER_TYPE_LABELS, COMPANY_STATUS_LABELS, type CompanyEntry } from "../../lib/company-admin"
import { linkClass } from "../review-table"
import { CompanyReviewActions } from "./company-review-actions"

/** The queue's rows: the company, its tax code and kind, when it registered, its status and the decisions. */
export const CompaniesTable = ({ companies }: { companies: CompanyEntry[] }) => {
  if (companies.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
        Không có doanh nghiệp nào (No companies)
      </Text>
    )
  }
  return (
    <Table aria-label="Doanh nghiệp mua sỉ (Buyer companies)">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Doanh nghiệp</Table.HeaderCell>
          <Table.HeaderCell>Mã số thuế</Table.HeaderCell>
          <Table.HeaderCell>Loại hình</Table.HeaderCell>
          <Table.HeaderCell>Ngày đăng ký</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          <Table.HeaderCell className="w-px" />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {companies.map((company) => {
          const status = COMPANY_STATUS_LABELS[company.status]
          return (
            <Table.Row key={company.id}>
              <Table.Cell>
                <Link to={`/companies/${company.id}`} className={linkClass}>
                  {company.legal_name}
                </Link>
              </Table.Cell>
              <Table.Cell>{company.tax_code}</Table.Cell>
              <Table.Cell>{bilingual(BUYER_TYPE_LABELS[company.buyer_type])}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">{formatDate(company.created_at)}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={status.color} title={status.en} className="whitespace-nowrap">
                  {status.vi}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell>
                <div className="flex justify-end gap-x-2">
                  <CompanyReviewActions company={company} />
                </div>
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
