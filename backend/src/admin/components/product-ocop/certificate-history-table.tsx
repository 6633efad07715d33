import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { CertificateStatusBadge } from "../certificate-status-badge"
import { StarsBadge } from "../stars-badge"
import { formatDate, LEVEL_LABELS } from "../../lib/ocop-labels"
import type { Certificate } from "../../lib/ocop-types"

/** Every certificate the product had, newest decision first (as the API returns them). */
export const CertificateHistoryTable = ({
  certificates,
  currentId,
}: {
  certificates: Certificate[]
  currentId: string | null
}) => (
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
              <Table.HeaderCell>Số chứng nhận · quyết định</Table.HeaderCell>
              <Table.HeaderCell>Sao · điểm</Table.HeaderCell>
              <Table.HeaderCell>Hết hạn</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {certificates.map((certificate) => (
              <Table.Row key={certificate.id}>
                <Table.Cell className="py-2">
                  <div className={certificate.revoked_at ? "text-ui-fg-muted line-through" : "text-ui-fg-base"}>
                    {certificate.certificate_number}
                  </div>
                  <div className="flex items-center gap-x-2 whitespace-nowrap">
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {LEVEL_LABELS[certificate.level].vi} · {formatDate(certificate.decision_date)}
                    </Text>
                    {certificate.id === currentId && (
                      <Badge size="2xsmall" color="blue" title="Current">
                        Hiện tại
                      </Badge>
                    )}
                  </div>
                  {certificate.revocation_reason && (
                    <Text size="xsmall" className="text-ui-fg-error">
                      Lý do thu hồi: {certificate.revocation_reason}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-x-2 whitespace-nowrap">
                    <StarsBadge stars={certificate.stars} size="2xsmall" />
                    {certificate.score}
                  </div>
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
    )}
  </section>
)
