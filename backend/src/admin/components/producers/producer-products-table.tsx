import { Badge, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { ProducerDetail } from "../../lib/ocop-types"

/** The products a chủ thể makes, each linking to its page in the dashboard. */
export const ProducerProductsTable = ({ products }: { products: NonNullable<ProducerDetail["products"]> }) => (
  <section aria-labelledby="producer-products-heading">
    <div className="px-6 py-4">
      <Heading level="h2" id="producer-products-heading">
        Sản phẩm (Products) · {products.length}
      </Heading>
    </div>
    {products.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
        Chủ thể chưa có sản phẩm (No products yet).
      </Text>
    ) : (
      <Table aria-labelledby="producer-products-heading">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Tên sản phẩm (Title)</Table.HeaderCell>
            <Table.HeaderCell>Handle</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái (Status)</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {products.map((product) => (
            <Table.Row key={product.id}>
              <Table.Cell>
                <Link
                  to={`/products/${product.id}`}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                >
                  {product.title}
                </Link>
              </Table.Cell>
              <Table.Cell className="text-ui-fg-subtle">{product.handle}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={product.status === "published" ? "green" : "grey"}>
                  {product.status}
                </Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </section>
)
