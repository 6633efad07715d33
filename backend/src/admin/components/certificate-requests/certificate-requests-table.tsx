import { Button, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ReasonPrompt } from "../reason-prompt"
import { CERTIFICATE_REQUEST_STATUS_LABELS, formatDate } from "../../lib/ocop-labels"
import { certificateScanUrl, sdk } from "../../lib/sdk"
import type { CertificateRequestEntry } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import { ApproveCertificateRequestDrawer } from "./approve-certificate-request-drawer"

const RejectCertificateRequest = ({ request }: { request: CertificateRequestEntry }) => {
  const [open, setOpen] = useState(false)
  const reject = useOcopMutation(
    (reason: string) => sdk.client.fetch(`/admin/ocop/certificate-requests/${request.id}/reject`, { method: "POST", body: { reason } }),
    "Đã từ chối bản chụp (Scan rejected)"
  )
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        Từ chối (Reject)
      </Button>
      <ReasonPrompt
        open={open}
        onOpenChange={setOpen}
        title="Từ chối bản chụp chứng nhận?"
        description="Nhà sản xuất nhận e-mail kèm lý do và có thể gửi bản chụp khác (The producer is e-mailed the reason and may send another scan)."
        confirmLabel="Từ chối (Reject)"
        isPending={reject.isPending}
        onConfirm={(reason) => reject.mutateAsync(reason)}
      />
    </>
  )
}

/** Producers' certificate scans; a pending one can be recorded as a certificate or turned down. */
export const CertificateRequestsTable = ({ requests }: { requests: CertificateRequestEntry[] }) => {
  if (requests.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
        Không có bản chụp nào (No certificate scans).
      </Text>
    )
  }
  return (
    <Table aria-label="Bản chụp chứng nhận (Certificate requests)">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
          <Table.HeaderCell>Chủ thể</Table.HeaderCell>
          <Table.HeaderCell>Bản chụp · ghi chú</Table.HeaderCell>
          <Table.HeaderCell>Ngày gửi</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          <Table.HeaderCell className="w-px" />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {requests.map((request) => {
          const status = CERTIFICATE_REQUEST_STATUS_LABELS[request.status]
          return (
            <Table.Row key={request.id}>
              <Table.Cell>
                <Link to={`/products/${request.product_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                  {request.product?.title ?? request.product_id}
                </Link>
              </Table.Cell>
              <Table.Cell>
                {request.producer ? (
                  <Link to={`/producers/${request.producer.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                    {request.producer.name}
                  </Link>
                ) : (
                  "–"
                )}
              </Table.Cell>
              <Table.Cell>
                <a href={certificateScanUrl(request.id)} download className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                  {request.file_name}
                </a>
                {request.note && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {request.note}
                  </Text>
                )}
                {request.reason && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    Lý do (Reason): {request.reason}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell className="whitespace-nowrap">{formatDate(request.created_at)}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={status.color} title={status.en} className="whitespace-nowrap">
                  {status.vi}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell>
                {request.status === "pending" && (
                  <div className="flex justify-end gap-x-2">
                    <RejectCertificateRequest request={request} />
                    <ApproveCertificateRequestDrawer request={request} />
                  </div>
                )}
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
