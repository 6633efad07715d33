import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Container, Heading, Input, Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { LabelItems } from "../../components/label-items"
import { ListPagination } from "../../components/list-pagination"
import { ProducersTable } from "../../components/producers/producers-table"
import { PRODUCER_STATUS_LABELS } from "../../lib/ocop-labels"
import { useProducers } from "../../lib/ocop-queries"
import type { ProducerStatus } from "../../lib/ocop-types"
import { usePageParams } from "../../lib/use-page-params"

const PAGE_SIZE = 20
const ALL = "all"

const ProducersPage = () => {
  const { filters, pageIndex, setFilter, setPageIndex } = usePageParams(["q", "status"] as const)
  const [search, setSearch] = useState(filters.q ?? "")
  const status = filters.status as ProducerStatus | undefined
  const { data, error } = useProducers({ q: filters.q, status, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })

  // The list follows the search box once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => search !== (filters.q ?? "") && setFilter("q", search.trim()), 300)
    return () => clearTimeout(timer)
  }, [search])

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Chủ thể OCOP (Producers)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Doanh nghiệp, hợp tác xã, tổ hợp tác và hộ kinh doanh có sản phẩm OCOP
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Input
            type="search"
            size="small"
            aria-label="Tìm chủ thể (Search producers)"
            placeholder="Tên hoặc mã số thuế (Name or tax code)"
            className="w-72"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <Select
            size="small"
            value={status ?? ALL}
            onValueChange={(value) => setFilter("status", value === ALL ? undefined : value)}
          >
            <Select.Trigger aria-label="Trạng thái (Status)" className="w-48">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Tất cả (All)</Select.Item>
              <LabelItems labels={PRODUCER_STATUS_LABELS} />
            </Select.Content>
          </Select>
        </div>
      </div>
      {error && (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {data && (
        <>
          <ProducersTable producers={data.producers} />
          <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Chủ thể OCOP",
  icon: Buildings,
})

export const handle = {
  breadcrumb: () => "Chủ thể OCOP",
}

export default ProducersPage
