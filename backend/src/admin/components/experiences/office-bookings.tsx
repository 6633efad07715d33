import { Container, Heading, Input, Label, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { vietnamDate } from "@ocop/shared"
import { useState } from "react"
import { formatVnd } from "../../lib/ocop-labels"
import { useOfficeBookings } from "../../lib/experience-queries"
import { useProvinces } from "../../lib/ocop-queries"
import { ListPagination } from "../list-pagination"
import { BOOKING_STATUS_LABELS } from "./experience-labels"

const PAGE_SIZE = 50
const ALL = "all"
const DAY_MS = 24 * 60 * 60 * 1000
// Days in Vietnam (UTC+7), as the bookings route reads them.
const dayFromToday = (offsetDays: number) => vietnamDate(new Date(Date.now() + offsetDays * DAY_MS))
const startTime = (at: string) =>
  new Date(at).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" })

/** Every booking starting in a range of days, optionally in one province: what the office watches. */
export const OfficeBookings = () => {
  const [from, setFrom] = useState(dayFromToday(0))
  const [to, setTo] = useState(dayFromToday(30))
  const [province, setProvince] = useState(ALL)
  const [pageIndex, setPageIndex] = useState(0)
  const { data: provinces } = useProvinces()
  const { data, error } = useOfficeBookings({
    from,
    to,
    province_code: province === ALL ? undefined : province,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">Đặt chỗ (Bookings)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Mọi đặt chỗ theo ngày bắt đầu và tỉnh (All bookings by start day and province)
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <Label htmlFor="bookings-from" size="xsmall">
              Từ ngày (From)
            </Label>
            <Input
              id="bookings-from"
              type="date"
              size="small"
              value={from}
              onChange={(e) => {
                setFrom(e.target.value)
                setPageIndex(0)
              }}
            />
          </div>
          <div>
            <Label htmlFor="bookings-to" size="xsmall">
              Đến ngày (To)
            </Label>
            <Input
              id="bookings-to"
              type="date"
              size="small"
              value={to}
              onChange={(e) => {
                setTo(e.target.value)
                setPageIndex(0)
              }}
            />
          </div>
          <Select
            size="small"
            value={province}
            onValueChange={(value) => {
              setProvince(value)
              setPageIndex(0)
            }}
          >
            <Select.Trigger aria-label="Tỉnh (Province)" className="w-48">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Mọi tỉnh (All provinces)</Select.Item>
              {(provinces ?? []).map((p) => (
                <Select.Item key={p.code} value={p.code}>
                  {p.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {error && (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {data && data.bookings.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
          Không có đặt chỗ nào (No bookings).
        </Text>
      )}
      {data && data.bookings.length > 0 && (
        <>
          <Table aria-label="Đặt chỗ (Bookings)">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Bắt đầu</Table.HeaderCell>
                <Table.HeaderCell>Trải nghiệm</Table.HeaderCell>
                <Table.HeaderCell>Số chỗ</Table.HeaderCell>
                <Table.HeaderCell>Khách chính</Table.HeaderCell>
                <Table.HeaderCell>Tổng tiền</Table.HeaderCell>
                <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.bookings.map((booking) => {
                const status = BOOKING_STATUS_LABELS[booking.status]
                return (
                  <Table.Row key={booking.id}>
                    <Table.Cell className="whitespace-nowrap">{startTime(booking.starts_at)}</Table.Cell>
                    <Table.Cell>{booking.experience.title_vi}</Table.Cell>
                    <Table.Cell>{booking.seats}</Table.Cell>
                    <Table.Cell>{booking.guests[0]?.name ?? "–"}</Table.Cell>
                    <Table.Cell className="whitespace-nowrap">
                      {booking.total === null ? "–" : formatVnd(booking.total)}
                    </Table.Cell>
                    <Table.Cell>
                      <StatusBadge color={status.color} title={status.en} className="whitespace-nowrap">
                        {status.vi}
                      </StatusBadge>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
          <ListPagination count={data.count} pageSize={PAGE_SIZE} pageIndex={pageIndex} onPageChange={setPageIndex} />
        </>
      )}
    </Container>
  )
}
