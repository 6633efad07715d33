import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { CertificateStatusBadge } from "../certificate-status-badge"
import { StarsBadge } from "../stars-badge"
import { formatDate, LEVEL_LABELS } from "../../lib/ocop-labels"
import type { Certificate } from "../../lib/ocop-types"

/** Every certificate the product had, newest decision first (as the API returns them). */
export const CertificateHistoryTable = ({ certificates, currentId }: { certificates: Certificate[]; currentId: string | null }) => (
  <section aria-labelledby="ocop-history-heading">
    <div className="px-6 pb-2 pt-4">
      <Heading level="h3" id="ocop-history-heading">
        Lịch sử chứng nhận (Certificate history)
      </Heading>
    </div>
    {certificates.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
        Chưa có chứng nhận nào (None yet).
      </Text>
    ) : (
      <div className="overflow-x-auto">
        <Table aria-labelledby="ocop-history-heading">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Số chứng nhận</Table.HeaderCell>
              <Table.HeaderCell>Sao</Table.HeaderCell>
              <Table.HeaderCell>Điểm</Table.HeaderCell>
              <Table.HeaderCell>Cấp</Table.HeaderCell>
              <Table.HeaderCell>Hiệu lực (Valid)</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {certificates.map((certificate) => (
              <Table.Row key={certificate.id}>
                <Table.Cell>
                  <div className="flex flex-col py-1">
                    <span className={certificate.revoked_at ? "text-ui-fg-muted line-through" : undefined}>
                      {certificate.certificate_number}
                    </span>
                    {certificate.id === currentId && (
                      <Badge size="2xsmall" color="blue" className="w-fit">
                        Hiện tại (Current)
                      </Badge>
                    )}
                    {certificate.revocation_reason && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        Lý do thu hồi: {certificate.revocation_reason}
                      </Text>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <StarsBadge stars={certificate.stars} size="2xsmall" />
                </Table.Cell>
                <Table.Cell>{certificate.score}</Table.Cell>
                <Table.Cell>{LEVEL_LABELS[certificate.level].vi}</Table.Cell>
                <Table.Cell className="whitespace-nowrap">
                  {formatDate(certificate.decision_date)} – {formatDate(certificate.expires_at)}
                </Table.Cell>
                <Table.Cell>
                  <CertificateStatusBadge status={certificate.status} compact />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    )}
  </section>
)
