import fs from "node:fs"
import path from "node:path"
import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { ensureDefaultShippingProfile } from "./fulfillment"

type SeedVariant = { title: string; sku: string; price: number; stock: number }
type SeedProduct = {
  handle: string
  title: string
  subtitle: string
  description: string
  variants: SeedVariant[]
}

export const PACKAGING_OPTION = "Quy cách"

export function seedDir() {
  return process.env.SEED_DIR || path.resolve(process.cwd(), "..", "seed")
}

function readStarterProducts(dir: string): SeedProduct[] {
  const file = path.join(dir, "catalogue", "starter-products.json")
  return JSON.parse(fs.readFileSync(file, "utf8")).products
}

/** Uploads the product's WebP illustrations (made by seed/images) through the file module. */
async function uploadProductImages(container: MedusaContainer, dir: string, handle: string) {
  const files = [1280, 640].map((width) => {
    const filename = `${handle}-${width}.webp`
    const content = fs.readFileSync(path.join(dir, "images", ".out", filename)).toString("base64")
    return { filename, mimeType: "image/webp", content, access: "public" as const }
  })
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  return { image: result[0].url, thumbnail: result[1].url }
}

/**
 * Loads the starter catalogue through Medusa's product workflows when the store has no product yet.
 * Returns how many products it created (0 when the catalogue was already there).
 */
export async function loadStarterCatalogue(
  container: MedusaContainer,
  { salesChannelId, stockLocationId }: { salesChannelId: string; stockLocationId: string }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const existing = await container.resolve(Modules.PRODUCT).listProducts({}, { take: 1, select: ["id"] })
  if (existing.length > 0) return 0

  const dir = seedDir()
  const products = readStarterProducts(dir)
  const shippingProfile = await ensureDefaultShippingProfile(container)

  const productInputs = []
  for (const product of products) {
    const { image, thumbnail } = await uploadProductImages(container, dir, product.handle)
    productInputs.push({
      title: product.title,
      subtitle: product.subtitle,
      description: product.description,
      handle: product.handle,
      status: ProductStatus.PUBLISHED,
      thumbnail,
      images: [{ url: image }],
      shipping_profile_id: shippingProfile.id,
      sales_channels: [{ id: salesChannelId }],
      options: [{ title: PACKAGING_OPTION, values: product.variants.map((v) => v.title) }],
      variants: product.variants.map((variant) => ({
        title: variant.title,
        sku: variant.sku,
        manage_inventory: true,
        options: { [PACKAGING_OPTION]: variant.title },
        prices: [{ currency_code: "vnd", amount: variant.price }],
      })),
    })
  }
  const { result: created } = await createProductsWorkflow(container).run({
    input: { products: productInputs },
  })

  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: created.map((p) => p.id) },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((variant) =>
        (variant.inventory_items ?? []).map((item) => ({
          location_id: stockLocationId,
          inventory_item_id: item!.inventory_item_id,
          stocked_quantity: stockBySku.get(variant.sku!) ?? 0,
        }))
      ),
    },
  })
  return created.length
}
