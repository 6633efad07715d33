import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { AddCertificateDrawer } from "../components/product-ocop/add-certificate-drawer"
import { CertificateHistoryTable } from "../components/product-ocop/certificate-history-table"
import { CurrentCertificateSection } from "../components/product-ocop/current-certificate-section"
import { OriginSection } from "../components/product-ocop/origin-section"
import { ProducerSection } from "../components/product-ocop/producer-section"
import { useProductOcop } from "../lib/ocop-queries"

/** The product's OCOP standing: current certificate, producer, origin and certificate history. */
const ProductOcopWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { data: product, isPending, error } = useProductOcop(data.id)
  const current = product?.certificates.find((certificate) => certificate.id === product.current_certificate_id)

  return (
    <Container className="divide-y p-0" role="region" aria-labelledby="ocop-widget-heading">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2" id="ocop-widget-heading">
            OCOP
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Chứng nhận, chủ thể, xuất xứ (Certificate, producer, origin)
          </Text>
        </div>
        {product && <AddCertificateDrawer productId={product.id} />}
      </div>
      {isPending && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Đang tải… (Loading)
        </Text>
      )}
      {error && (
        <Text size="small" role="alert" className="text-ui-fg-error px-6 py-4">
          {error.message}
        </Text>
      )}
      {product && (
        <>
          <CurrentCertificateSection certificate={current} />
          <ProducerSection product={product} />
          <OriginSection product={product} />
          <CertificateHistoryTable certificates={product.certificates} currentId={product.current_certificate_id} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductOcopWidget
