import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Container, Heading, Select, Text } from "@medusajs/ui"
import { CertificateRequestsTable } from "../../components/certificate-requests/certificate-requests-table"
import { ListPagination } from "../../components/list-pagination"
import { bilingual, CERTIFICATE_REQUEST_STATUS_LABELS } from "../../lib/ocop-labels"
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
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Bản chụp chứng nhận (Certificate requests)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Giấy chứng nhận OCOP chủ thể gửi lên, chờ văn phòng ghi nhận
          </Text>
        </div>
        <Select size="small" value={status} onValueChange={(value) => setFilter("status", value)}>
          <Select.Trigger aria-label="Trạng thái (Status)" className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(CERTIFICATE_REQUEST_STATUS_LABELS) as CertificateRequestStatus[]).map((value) => (
              <Select.Item key={value} value={value}>
                {bilingual(CERTIFICATE_REQUEST_STATUS_LABELS[value])}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {error && (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {data && (
        <>
          <CertificateRequestsTable requests={data.certificate_requests} />
          <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
        </>
      )}
    </Container>
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
