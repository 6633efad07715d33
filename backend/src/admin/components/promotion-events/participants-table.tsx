import { Button, Table, Text } from "@medusajs/ui"
import type { PromotionEventDetailView } from "@ocop/shared"
import { Link } from "react-router-dom"
import { sdk } from "../../lib/sdk"
import { useOcopMutation } from "../../lib/use-ocop-mutation"

const linkClass = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/** The products shown at the event with the producer recorded for each, each removable. */
export const ParticipantsTable = ({ event }: { event: PromotionEventDetailView }) => {
  const remove = useOcopMutation(
    (productId: string) =>
      sdk.client.fetch(`/admin/ocop/promotion-events/${event.id}/products/${productId}`, { method: "DELETE" }),
    "Đã bỏ sản phẩm (Product removed)"
  )
  if (!event.products.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Chưa có sản phẩm nào (No products yet)
      </Text>
    )
  }
  return (
    <Table aria-label="Sản phẩm tham gia (Products shown)">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Sản phẩm (Product)</Table.HeaderCell>
          <Table.HeaderCell>Mã (Handle)</Table.HeaderCell>
          <Table.HeaderCell>Chủ thể (Producer)</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {event.products.map((product) => (
          <Table.Row key={product.product_id}>
            <Table.Cell>
              <Link to={`/products/${product.product_id}`} className={linkClass}>
                {product.title ?? product.product_id}
              </Link>
            </Table.Cell>
            <Table.Cell>{product.handle ?? "–"}</Table.Cell>
            <Table.Cell>
              {product.producer_id ? (
                <Link to={`/producers/${product.producer_id}`} className={linkClass}>
                  {product.producer_name ?? product.producer_id}
                </Link>
              ) : (
                "–"
              )}
            </Table.Cell>
            <Table.Cell className="text-right">
              <Button
                size="small"
                variant="transparent"
                isLoading={remove.isPending && remove.variables === product.product_id}
                aria-label={`Bỏ ${product.title ?? product.product_id} khỏi danh sách (Remove)`}
                onClick={() => remove.mutate(product.product_id)}
              >
                Bỏ (Remove)
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
