import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { CompanyReviewActions } from "../../../components/companies/company-review-actions"
import { CompanyTermsForm } from "../../../components/companies/company-terms-form"
import { SectionRow } from "../../../components/section-row"
import { BUYER_TYPE_LABELS, COMPANY_STATUS_LABELS, useCompany } from "../../../lib/company-admin"
import { bilingual, formatVnd } from "../../../lib/ocop-labels"
import { useCommunes, useProvinces } from "../../../lib/ocop-queries"

/** One buyer company as the office reviews it: its details, decisions, terms, staff and delivery addresses. */
const CompanyDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data: company, error } = useCompany(id!)
  const provinces = useProvinces()
  const communes = useCommunes(company?.invoice_province_code)

  if (error) {
    return (
      <Container>
        <Text role="alert" className="text-ui-fg-error">
          {error.message}
        </Text>
      </Container>
    )
  }
  if (!company) return null
  const status = COMPANY_STATUS_LABELS[company.status]
  const province = provinces.data?.find((p) => p.code === company.invoice_province_code)
  const commune = communes.data?.find((c) => c.code === company.invoice_commune_code)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div className="flex items-center gap-x-3">
            <Heading level="h1">{company.legal_name}</Heading>
            <StatusBadge color={status.color} title={status.en}>
              {status.vi}
            </StatusBadge>
          </div>
          <div className="flex gap-x-2">
            <CompanyReviewActions company={company} />
          </div>
        </div>
        <SectionRow label="Mã số thuế (Tax code)" value={company.tax_code} />
        <SectionRow
          label="Hộ kinh doanh (Household business)"
          value={company.household_business ? "Có (Yes)" : "Không (No)"}
        />
        <SectionRow label="Loại hình (Type)" value={bilingual(BUYER_TYPE_LABELS[company.buyer_type])} />
        <SectionRow label="Điện thoại (Phone)" value={company.phone} />
        <SectionRow label="E-mail nhận hoá đơn (Invoice e-mail)" value={company.invoice_email} />
        <SectionRow
          label="Địa chỉ hoá đơn (Invoice address)"
          value={`${company.invoice_street}, ${commune?.name ?? company.invoice_commune_code}, ${province?.name ?? company.invoice_province_code}`}
        />
        <SectionRow label="Hạn mức công nợ (Credit limit)" value={formatVnd(company.credit_limit)} />
        {company.status_reason && <SectionRow label="Lý do trạng thái (Status reason)" value={company.status_reason} />}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Điều khoản thanh toán (Terms)</Heading>
        </div>
        <CompanyTermsForm key={`${company.id}:${company.net_terms_days}:${company.credit_limit}`} company={company} />
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Nhân viên (Staff)</Heading>
        </div>
        <Table aria-label="Nhân viên (Staff)">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Vai trò</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {company.staff.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>{member.name ?? "–"}</Table.Cell>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>{member.role === "admin" ? "Quản trị (Admin)" : "Người mua (Buyer)"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Địa chỉ giao hàng (Delivery addresses)</Heading>
        </div>
        {company.addresses.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            Chưa có (None)
          </Text>
        ) : (
          company.addresses.map((address) => (
            <SectionRow
              key={address.id}
              label={address.label}
              value={`${address.recipient} · ${address.phone} · ${address.street}`}
            />
          ))
        )}
      </Container>
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Chi tiết doanh nghiệp (Company)",
}

export default CompanyDetailPage
