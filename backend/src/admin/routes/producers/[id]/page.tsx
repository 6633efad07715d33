import { Container, Heading, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { ProducerProductsTable } from "../../../components/producers/producer-products-table"
import { ProducerStatusActions } from "../../../components/producers/producer-status-actions"
import { ProducerStatusBadge } from "../../../components/producer-status-badge"
import { SectionRow } from "../../../components/section-row"
import { bilingual, LEGAL_FORM_LABELS } from "../../../lib/ocop-labels"
import { useProducer, useProvinces } from "../../../lib/ocop-queries"

const ProducerDetailPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data: producer, error } = useProducer(id!)
  const provinces = useProvinces()

  if (error) {
    return (
      <Container>
        <Text role="alert" className="text-ui-fg-error">
          {error.message}
        </Text>
      </Container>
    )
  }
  if (!producer) return null
  const province = provinces.data?.find((p) => p.code === producer.province_code)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div className="flex items-center gap-x-3">
            <Heading level="h1">{producer.name}</Heading>
            <ProducerStatusBadge status={producer.status} />
          </div>
          <ProducerStatusActions producer={producer} />
        </div>
        <SectionRow label="Loại hình (Legal form)" value={bilingual(LEGAL_FORM_LABELS[producer.legal_form])} />
        <SectionRow label="Mã số thuế (Tax code)" value={producer.tax_code} />
        <SectionRow label="Người đại diện (Representative)" value={producer.representative} />
        <SectionRow label="Điện thoại (Phone)" value={producer.phone} />
        <SectionRow label="Email" value={producer.email} />
        <SectionRow label="Tỉnh/thành (Province)" value={province?.name ?? producer.province_code} />
        <SectionRow label="Huyện cũ (Former district)" value={producer.former_district} />
        <SectionRow label="Địa chỉ (Street)" value={producer.street} />
        {producer.status_reason && (
          <SectionRow label="Lý do trạng thái (Status reason)" value={producer.status_reason} />
        )}
      </Container>
      <Container className="p-0">
        <ProducerProductsTable products={producer.products ?? []} />
      </Container>
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Chi tiết chủ thể (Producer)",
}

export default ProducerDetailPage
