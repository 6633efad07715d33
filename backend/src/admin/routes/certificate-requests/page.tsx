import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { CertificateRequestsTable } from "../../components/certificate-requests/certificate-requests-table"
import { ListPagination } from "../../components/list-pagination"
import { ReviewQueue } from "../../components/review-queue"
import { CERTIFICATE_REQUEST_STATUS_LABELS } from "../../lib/ocop-labels"
import { useCertificateRequests } from "../../lib/ocop-queries"
import type { CertificateRequestStatus } from "../../lib/ocop-types"
import { usePageParams } from "../../lib/use-page-params"

const PAGE_SIZE = 20

/** The office's queue of certificate scans producers send from their portal. */
const CertificateRequestsPage = () => {
  const { filters, pageIndex, setFilter, setPageIndex } = usePageParams(["status"] as const)
  const status = (filters.status as CertificateRequestStatus | undefined) ?? "pending"
  const { data, error } = useCertificateRequests({ status, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })

  return (
    <ReviewQueue
      title="Bản chụp chứng nhận (Certificate requests)"
      description="Giấy chứng nhận OCOP chủ thể gửi lên, chờ văn phòng ghi nhận"
      statusLabels={CERTIFICATE_REQUEST_STATUS_LABELS}
      status={status}
      onStatusChange={(value) => setFilter("status", value)}
      error={error}
    >
      {data && (
        <>
          <CertificateRequestsTable requests={data.certificate_requests} />
          <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
        </>
      )}
    </ReviewQueue>
  )
}

export const config = defineRouteConfig({
  label: "Bản chụp chứng nhận",
  icon: DocumentText,
})

export const handle = {
  breadcrumb: () => "Bản chụp chứng nhận",
}

export default CertificateRequestsPage
