import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CertificateStatusBadge } from "../certificate-status-badge"
import { StarsBadge } from "../stars-badge"
import { formatDate, LEVEL_LABELS } from "../../lib/ocop-labels"
import type { CertificateListEntry } from "../../lib/ocop-types"

export const CertificatesTable = ({ certificates }: { certificates: CertificateListEntry[] }) => {
  if (certificates.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
        Không có chứng nhận nào khớp bộ lọc (No certificates match).
      </Text>
    )
  }
  return (
    <div className="overflow-x-auto">
      <Table aria-label="Chứng nhận OCOP (Certificates)">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Số chứng nhận · quyết định</Table.HeaderCell>
            <Table.HeaderCell>Sản phẩm (Product)</Table.HeaderCell>
            <Table.HeaderCell>Chủ thể (Producer)</Table.HeaderCell>
            <Table.HeaderCell>Sao</Table.HeaderCell>
            <Table.HeaderCell>Hết hạn</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {certificates.map((certificate) => (
            <Table.Row key={certificate.id}>
              <Table.Cell className="whitespace-nowrap py-2">
                <div className="text-ui-fg-base">{certificate.certificate_number}</div>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {LEVEL_LABELS[certificate.level].vi} · {formatDate(certificate.decision_date)}
                </Text>
              </Table.Cell>
              <Table.Cell className="max-w-56">
                {certificate.product ? (
                  <Link
                    to={`/products/${certificate.product.id}`}
                    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover block truncate"
                    title={certificate.product.title}
                  >
                    {certificate.product.title}
                  </Link>
                ) : (
                  "–"
                )}
              </Table.Cell>
              <Table.Cell className="max-w-48">
                <span className="block truncate" title={certificate.product?.producer?.name}>
                  {certificate.product?.producer?.name ?? "–"}
                </span>
              </Table.Cell>
              <Table.Cell>
                <StarsBadge stars={certificate.stars} size="2xsmall" />
              </Table.Cell>
              <Table.Cell>{formatDate(certificate.expires_at)}</Table.Cell>
              <Table.Cell>
                <CertificateStatusBadge status={certificate.status} compact />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
