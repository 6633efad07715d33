import fs from "node:fs"
import path from "node:path"
import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { PRODUCT_IMAGE_WIDTHS } from "@ocop/shared"
import { createInventoryLevelsWorkflow, createProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createCertificatesWorkflow } from "../../workflows/ocop/workflows/create-certificates"
import { setProductOriginsWorkflow } from "../../workflows/ocop/workflows/set-product-origins"
import { createProducersWorkflow } from "../../workflows/producer/workflows/create-producers"
import { PACKAGING_OPTION } from "../../workflows/listing/listing-content"
import { setProductsProducerWorkflow } from "../../workflows/producer/workflows/set-products-producer"
import { ensureDefaultShippingProfile } from "./fulfillment"
import { CatalogueFile, CatalogueProduct, readCatalogue } from "./ocop-catalogue-file"

const PRODUCT_BATCH = 50

/**
 * One illustration per product kind, uploaded once through the file module in every width (WebP made
 * by seed/images); the image names its copies in `metadata.sizes`, as a producer's upload does, for
 * the storefront's `srcset`.
 */
async function uploadKindImages(container: MedusaContainer, seedDir: string, catalogue: CatalogueFile) {
  const files = catalogue.kinds.flatMap((kind) =>
    PRODUCT_IMAGE_WIDTHS.map((width) => ({
      filename: `${kind.key}-${width}.webp`,
      mimeType: "image/webp",
      content: fs.readFileSync(path.join(seedDir, "images", ".out", `${kind.key}-${width}.webp`)).toString("base64"),
      access: "public" as const,
    }))
  )
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  const count = PRODUCT_IMAGE_WIDTHS.length
  return new Map(
    catalogue.kinds.map((kind, i) => {
      const urls = result.slice(count * i, count * (i + 1)).map((file) => file.url)
      const sizes = Object.fromEntries(PRODUCT_IMAGE_WIDTHS.map((width, w) => [String(width), urls[w]]))
      return [kind.key, { image: { url: urls[count - 1], metadata: { sizes } }, thumbnail: sizes["640"] }]
    })
  )
}

type KindImages = { image: { url: string; metadata: { sizes: Record<string, string> } }; thumbnail: string }

function productInput(
  product: CatalogueProduct,
  images: KindImages,
  ids: { shippingProfileId: string; salesChannelId: string }
) {
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    thumbnail: images.thumbnail,
    images: [images.image],
    shipping_profile_id: ids.shippingProfileId,
    sales_channels: [{ id: ids.salesChannelId }],
    metadata: { title_en: product.title_en, description_en: product.description_en, kind: product.kind },
    options: [{ title: PACKAGING_OPTION, values: product.variants.map((v) => v.title) }],
    variants: product.variants.map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      manage_inventory: true,
      options: { [PACKAGING_OPTION]: variant.title },
      prices: [{ currency_code: "vnd", amount: variant.price }],
      metadata: { title_en: variant.title_en },
    })),
  }
}

/**
 * Loads the OCOP demo catalogue (producers with their stock locations, products, stock, origins and
 * certificate histories) through the marketplace's workflows, when the store has no product yet.
 */
export async function loadOcopCatalogue(container: MedusaContainer, { salesChannelId }: { salesChannelId: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const existing = await container.resolve(Modules.PRODUCT).listProducts({}, { take: 1, select: ["id"] })
  if (existing.length > 0) return 0

  const { seedDir, catalogue } = readCatalogue()
  const shippingProfile = await ensureDefaultShippingProfile(container)

  const { result: producers } = await createProducersWorkflow(container).run({
    input: { producers: catalogue.producers.map((producer) => ({ ...producer, status: "active" as const })) },
  })
  const producerIdByHandle = new Map(producers.map((p) => [p.handle, p.id]))
  const images = await uploadKindImages(container, seedDir, catalogue)

  const productIdByHandle = new Map<string, string>()
  for (let start = 0; start < catalogue.products.length; start += PRODUCT_BATCH) {
    const batch = catalogue.products.slice(start, start + PRODUCT_BATCH)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p) =>
          productInput(p, images.get(p.kind)!, { shippingProfileId: shippingProfile.id, salesChannelId })
        ),
      },
    })
    for (const product of result) productIdByHandle.set(product.handle, product.id)
  }
  const productId = (handle: string) => productIdByHandle.get(handle)!

  for (const [producerHandle, producerId] of producerIdByHandle) {
    const productIds = catalogue.products.filter((p) => p.producer === producerHandle).map((p) => productId(p.handle))
    if (productIds.length) {
      await setProductsProducerWorkflow(container).run({ input: { producer_id: producerId, product_ids: productIds } })
    }
  }

  const { data: stocked } = await query.graph({
    entity: "producer",
    fields: ["handle", "stock_location.id"],
    filters: { id: [...producerIdByHandle.values()] },
  })
  const locationByProducer = new Map(
    stocked.map((p) => [p.handle, (p as { stock_location?: { id: string } }).stock_location!.id])
  )
  const stockBySku = new Map(
    catalogue.products.flatMap((p) => p.variants.map((v) => [v.sku, { stock: v.stock, producer: p.producer }] as const))
  )
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: [...productIdByHandle.values()] },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((variant) =>
        (variant.inventory_items ?? []).map((item) => ({
          location_id: locationByProducer.get(stockBySku.get(variant.sku!)!.producer)!,
          inventory_item_id: item!.inventory_item_id,
          stocked_quantity: stockBySku.get(variant.sku!)!.stock,
        }))
      ),
    },
  })

  await setProductOriginsWorkflow(container).run({
    input: { origins: catalogue.products.map((p) => ({ ...p.origin, product_id: productId(p.handle) })) },
  })
  await createCertificatesWorkflow(container).run({
    input: {
      certificates: catalogue.products.flatMap((p) =>
        p.certificates.map(({ revoked, revocation_reason, ...certificate }) => ({
          ...certificate,
          product_id: productId(p.handle),
          product_set: p.product_set,
          revoked_at: revoked ? new Date(certificate.decision_date) : null,
          revocation_reason: revoked ? (revocation_reason ?? "Thu hồi (dữ liệu demo)") : null,
        }))
      ),
    },
  })
  return productIdByHandle.size
}
