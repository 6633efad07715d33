import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingTax } from "@medusajs/icons"
import { Input } from "@medusajs/ui"
import type { CompanyStatus } from "@ocop/shared"
import { useEffect, useState } from "react"
import { CompaniesTable } from "../../components/companies/companies-table"
import { ListPagination } from "../../components/list-pagination"
import { ReviewQueue } from "../../components/review-queue"
import { COMPANY_STATUS_LABELS, useCompanies } from "../../lib/company-admin"
import { usePageParams } from "../../lib/use-page-params"

const PAGE_SIZE = 20

/** The office's queue of buyer companies (pending first): verify, reject, suspend, reinstate. */
const CompaniesPage = () => {
  const { filters, pageIndex, setFilter, setPageIndex } = usePageParams(["q", "status"] as const)
  const [search, setSearch] = useState(filters.q ?? "")
  const status = (filters.status as CompanyStatus | undefined) ?? "pending"
  const { data, error } = useCompanies({ q: filters.q, status, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })

  // The list follows the search box once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => search !== (filters.q ?? "") && setFilter("q", search.trim()), 300)
    return () => clearTimeout(timer)
  }, [search])

  return (
    <ReviewQueue
      title="Doanh nghiệp mua sỉ (Buyer companies)"
      description="Siêu thị, cửa hàng, nhà hàng, nhà phân phối đăng ký mua sỉ, chờ văn phòng OCOP xác minh mã số thuế"
      statusLabels={COMPANY_STATUS_LABELS}
      status={status}
      onStatusChange={(value) => setFilter("status", value)}
      error={error}
    >
      <div className="px-6 py-3">
        <Input
          type="search"
          size="small"
          aria-label="Tìm doanh nghiệp (Search companies)"
          placeholder="Tên hoặc mã số thuế (Name or tax code)"
          className="w-72"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {data && (
        <>
          <CompaniesTable companies={data.companies} />
          <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
        </>
      )}
    </ReviewQueue>
  )
}

export const config = defineRouteConfig({
  label: "Doanh nghiệp mua sỉ",
  icon: BuildingTax,
})

export const handle = {
  breadcrumb: () => "Doanh nghiệp mua sỉ",
}

export default CompaniesPage
