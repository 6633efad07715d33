import { Heading, Select, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ProducerStatusBadge } from "../producer-status-badge"
import { SectionRow } from "../section-row"
import { bilingual, LEGAL_FORM_LABELS } from "../../lib/ocop-labels"
import { useProducers } from "../../lib/ocop-queries"
import { sdk } from "../../lib/sdk"
import type { ProductOcop } from "../../lib/ocop-types"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

// The API pages at 200; the demo programme has far fewer chủ thể than that.
const PRODUCER_CHOICES = { limit: 200, offset: 0 }

/** Who makes the product, and the choice of another chủ thể. */
export const ProducerSection = ({ product }: { product: ProductOcop }) => {
  const producers = useProducers(PRODUCER_CHOICES)
  const setProducer = useOcopMutation(
    (producer_id: string) =>
      sdk.client.fetch(`/admin/ocop/products/${product.id}/producer`, { method: "POST", body: { producer_id } }),
    "Đã đổi chủ thể (Producer changed)"
  )
  const { producer } = product

  return (
    <section aria-labelledby="ocop-producer-heading">
      <div className="px-6 pb-2 pt-4">
        <Heading level="h3" id="ocop-producer-heading">
          Chủ thể (Producer)
        </Heading>
      </div>
      {producer ? (
        <>
          <SectionRow
            label="Tên (Name)"
            value={
              <Link
                to={`/producers/${producer.id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                {producer.name}
              </Link>
            }
          />
          <SectionRow label="Loại hình (Legal form)" value={bilingual(LEGAL_FORM_LABELS[producer.legal_form])} />
          <SectionRow label="Trạng thái (Status)" value={<ProducerStatusBadge status={producer.status} />} />
        </>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-2">
          Chưa gán chủ thể (No producer assigned).
        </Text>
      )}
      <div className="grid grid-cols-2 items-center gap-x-4 px-6 py-3">
        <Text size="small" weight="plus" className="text-ui-fg-subtle" id="ocop-change-producer-label">
          Đổi chủ thể (Change producer)
        </Text>
        <Select
          size="small"
          value={producer?.id ?? ""}
          onValueChange={(producerId) => producerId !== producer?.id && setProducer.mutate(producerId)}
          disabled={setProducer.isPending || !producers.data}
        >
          <Select.Trigger aria-labelledby="ocop-change-producer-label" className="text-left [&>span]:truncate">
            <Select.Value placeholder="Chọn chủ thể (Choose)" />
          </Select.Trigger>
          <Select.Content>
            {producers.data?.producers.map((choice) => (
              <Select.Item key={choice.id} value={choice.id}>
                {choice.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </section>
  )
}
