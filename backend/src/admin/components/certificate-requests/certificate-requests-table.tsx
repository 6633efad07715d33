import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ReasonPrompt } from "../reason-prompt"
import { linkClass, ReviewTable } from "../review-table"
import { CERTIFICATE_REQUEST_STATUS_LABELS } from "../../lib/ocop-labels"
import { certificateScanUrl, sdk } from "../../lib/sdk"
import type { CertificateRequestEntry } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import { ApproveCertificateRequestDrawer } from "./approve-certificate-request-drawer"

const RejectCertificateRequest = ({ request }: { request: CertificateRequestEntry }) => {
  const [open, setOpen] = useState(false)
  const reject = useOcopMutation(
    (reason: string) =>
      sdk.client.fetch(`/admin/ocop/certificate-requests/${request.id}/reject`, { method: "POST", body: { reason } }),
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
export const CertificateRequestsTable = ({ requests }: { requests: CertificateRequestEntry[] }) => (
  <ReviewTable
    label="Bản chụp chứng nhận (Certificate requests)"
    empty="Không có bản chụp nào (No certificate scans)."
    entries={requests}
    statusLabels={CERTIFICATE_REQUEST_STATUS_LABELS}
    product={(request) => (
      <Link to={`/products/${request.product_id}`} className={linkClass}>
        {request.product?.title ?? request.product_id}
      </Link>
    )}
    columns={[
      {
        header: "Bản chụp · ghi chú",
        cell: (request) => (
          <>
            <a href={certificateScanUrl(request.id)} download className={linkClass}>
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
          </>
        ),
      },
    ]}
    actions={(request) =>
      request.status === "pending" && (
        <>
          <RejectCertificateRequest request={request} />
          <ApproveCertificateRequestDrawer request={request} />
        </>
      )
    }
  />
)
