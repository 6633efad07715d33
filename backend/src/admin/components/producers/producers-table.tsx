import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ProducerStatusBadge } from "../producer-status-badge"
import { LEGAL_FORM_LABELS } from "../../lib/ocop-labels"
import { useProvinces } from "../../lib/ocop-queries"
import type { ProducerListEntry } from "../../lib/ocop-types"
import { ProducerStatusActions } from "./producer-status-actions"

export const ProducersTable = ({ producers }: { producers: ProducerListEntry[] }) => {
  const provinces = useProvinces()
  const provinceName = (code: string) => provinces.data?.find((province) => province.code === code)?.name ?? code

  if (producers.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center">
        Không có chủ thể nào khớp (No producers match).
      </Text>
    )
  }
  return (
    <Table aria-label="Chủ thể OCOP (Producers)">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Tên chủ thể</Table.HeaderCell>
          <Table.HeaderCell>Loại hình</Table.HeaderCell>
          <Table.HeaderCell>Tỉnh · huyện cũ</Table.HeaderCell>
          <Table.HeaderCell>Trạng thái</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Sản phẩm</Table.HeaderCell>
          <Table.HeaderCell className="w-px" />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {producers.map((producer) => (
          <Table.Row key={producer.id}>
            <Table.Cell>
              <Link
                to={`/producers/${producer.id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                {producer.name}
              </Link>
            </Table.Cell>
            <Table.Cell className="whitespace-nowrap">{LEGAL_FORM_LABELS[producer.legal_form].vi}</Table.Cell>
            <Table.Cell>
              {provinceName(producer.province_code)}
              {producer.former_district && <span className="text-ui-fg-subtle"> · {producer.former_district}</span>}
            </Table.Cell>
            <Table.Cell>
              <ProducerStatusBadge status={producer.status} compact />
            </Table.Cell>
            <Table.Cell className="text-right">{producer.product_count}</Table.Cell>
            <Table.Cell>
              <ProducerStatusActions producer={producer} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
