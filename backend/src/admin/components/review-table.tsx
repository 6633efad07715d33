import { StatusBadge, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { formatDate } from "../lib/ocop-labels"

type StatusLabel = { vi: string; en: string; color: Parameters<typeof StatusBadge>[0]["color"] }

/** What every row of a review queue shows: who sent it, when, and where it stands. */
type ReviewEntry<Status extends string> = {
  id: string
  status: Status
  created_at: string
  producer: { id: string; name: string } | null
}

/** A column of its own, between the producer and the date. */
type Column<Entry> = { header: string; cell: (entry: Entry) => ReactNode }

type Props<Status extends string, Entry extends ReviewEntry<Status>> = {
  label: string
  empty: string
  entries: Entry[]
  statusLabels: Record<Status, StatusLabel>
  /** The product the entry is about: the first column. */
  product: (entry: Entry) => ReactNode
  columns?: Column<Entry>[]
  /** The buttons for an entry still waiting for the office; nothing for a decided one. */
  actions: (entry: Entry) => ReactNode
}

export const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/**
 * A queue's rows (listings, certificate scans): product, producer, the queue's own columns, date,
 * status and the review buttons. Empty, a sentence says so.
 */
export function ReviewTable<Status extends string, Entry extends ReviewEntry<Status>>({
  label,
  empty,
  entries,
  statusLabels,
  product,
  columns = [],
  actions,
}: Props<Status, Entry>) {
  if (entries.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
        {empty}
      </Text>
    )
  }
  return (
    <Table aria-label={label}>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
          <Table.HeaderCell>Chủ thể</Table.HeaderCell>
          {columns.map((column) => (
            <Table.HeaderCell key={column.header}>{column.header}</Table.HeaderCell>
          ))}
          <Table.HeaderCell>Ngày gửi</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          <Table.HeaderCell className="w-px" />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {entries.map((entry) => {
          const status = statusLabels[entry.status]
          return (
            <Table.Row key={entry.id}>
              <Table.Cell>{product(entry)}</Table.Cell>
              <Table.Cell>
                {entry.producer ? (
                  <Link to={`/producers/${entry.producer.id}`} className={linkClass}>
                    {entry.producer.name}
                  </Link>
                ) : (
                  "–"
                )}
              </Table.Cell>
              {columns.map((column) => (
                <Table.Cell key={column.header}>{column.cell(entry)}</Table.Cell>
              ))}
              <Table.Cell className="whitespace-nowrap">{formatDate(entry.created_at)}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={status.color} title={status.en} className="whitespace-nowrap">
                  {status.vi}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell>
                <div className="flex justify-end gap-x-2">{actions(entry)}</div>
              </Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}
