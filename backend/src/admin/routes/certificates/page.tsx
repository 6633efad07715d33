import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { CertificateFilters } from "../../components/certificates/certificate-filters"
import { CertificatesTable } from "../../components/certificates/certificates-table"
import { ListPagination } from "../../components/list-pagination"
import { useCertificates } from "../../lib/ocop-queries"
import type { CertificateStatus } from "../../lib/ocop-types"
import { usePageParams } from "../../lib/use-page-params"

const PAGE_SIZE = 20

/** All OCOP certificates, soonest expiry first, filtered by status, stars and product group. */
const CertificatesPage = () => {
  const { filters, pageIndex, setFilter, setPageIndex } = usePageParams(["status", "stars", "group"] as const)
  const { data, error } = useCertificates({
    status: filters.status as CertificateStatus | undefined,
    stars: filters.stars ? Number(filters.stars) : undefined,
    group: filters.group,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Chứng nhận OCOP (Certificates)</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Sắp xếp theo ngày hết hạn, sớm nhất trước (Soonest expiry first)
        </Text>
      </div>
      <CertificateFilters values={filters} onChange={setFilter} />
      {error && (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {data && (
        <>
          <CertificatesTable certificates={data.certificates} />
          <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Chứng nhận OCOP",
  icon: BadgeCheck,
})

export const handle = {
  breadcrumb: () => "Chứng nhận OCOP",
}

export default CertificatesPage
