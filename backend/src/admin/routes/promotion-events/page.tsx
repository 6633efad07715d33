import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Calendar } from "@medusajs/icons"
import { Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { PROMOTION_EVENT_KIND_LABELS } from "@ocop/shared"
import { Link } from "react-router-dom"
import { ListPagination } from "../../components/list-pagination"
import { eventDays } from "../../components/promotion-events/promotion-event-labels"
import { PromotionEventFormDrawer } from "../../components/promotion-events/promotion-event-form-drawer"
import { promotionEventsExportUrl, usePromotionEvents } from "../../lib/promotion-event-queries"
import { usePageParams } from "../../lib/use-page-params"

const PAGE_SIZE = 20
const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
const thisYear = new Date().getFullYear()

/** Fairs, exhibitions and trade-connection events the office records, with the products shown at them. */
const PromotionEventsPage = () => {
  const { filters, pageIndex, setFilter, setPageIndex } = usePageParams(["from", "to", "q"] as const)
  const { data, error, isLoading } = usePromotionEvents({ ...filters, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const exportFrom = filters.from || `${thisYear}-01-01`
  const exportTo = filters.to || `${thisYear}-12-31`

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Sự kiện xúc tiến thương mại (Promotion events)</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-3xl">
            Hội chợ, triển lãm, kết nối giao thương và các sản phẩm OCOP được trưng bày tại đó: chỉ tiêu &quot;tỷ lệ sản
            phẩm được xúc tiến&quot; của kế hoạch đếm từ đây.
          </Text>
        </div>
        <PromotionEventFormDrawer />
      </div>
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="events-from" size="small" weight="plus">
            Từ ngày (From)
          </Label>
          <Input
            id="events-from"
            type="date"
            value={filters.from ?? ""}
            onChange={(e) => setFilter("from", e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="events-to" size="small" weight="plus">
            Đến ngày (To)
          </Label>
          <Input
            id="events-to"
            type="date"
            value={filters.to ?? ""}
            onChange={(e) => setFilter("to", e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="events-q" size="small" weight="plus">
            Tên sự kiện (Name)
          </Label>
          <Input id="events-q" type="search" value={filters.q ?? ""} onChange={(e) => setFilter("q", e.target.value)} />
        </div>
        <a href={promotionEventsExportUrl(exportFrom, exportTo)} download className={`${linkClass} txt-compact-small`}>
          Tải XLSX {exportFrom} – {exportTo} (Export)
        </a>
      </div>
      {error ? (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      ) : isLoading ? (
        <Text size="small" role="status" className="px-6 py-4">
          Đang tải… (Loading)
        </Text>
      ) : !data?.events.length ? (
        <Text size="small" role="status" className="text-ui-fg-subtle px-6 py-4">
          Chưa có sự kiện nào trong khoảng này (No events in this period)
        </Text>
      ) : (
        <>
          <Table aria-label="Sự kiện (Events)">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Tên (Name)</Table.HeaderCell>
                <Table.HeaderCell>Loại (Kind)</Table.HeaderCell>
                <Table.HeaderCell>Thời gian (Dates)</Table.HeaderCell>
                <Table.HeaderCell>Địa điểm (Place)</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Sản phẩm (Products)</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.events.map((event) => (
                <Table.Row key={event.id}>
                  <Table.Cell>
                    <Link to={`/promotion-events/${event.id}`} className={linkClass}>
                      {event.name}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{PROMOTION_EVENT_KIND_LABELS[event.kind].vi}</Table.Cell>
                  <Table.Cell>{eventDays(event)}</Table.Cell>
                  <Table.Cell>{event.place}</Table.Cell>
                  <Table.Cell className="text-right">{event.products.length}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Sự kiện xúc tiến",
  icon: Calendar,
})

export const handle = {
  breadcrumb: () => "Sự kiện xúc tiến",
}

export default PromotionEventsPage
