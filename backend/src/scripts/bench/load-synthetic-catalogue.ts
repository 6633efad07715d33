import fs from "node:fs"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createCertificatesWorkflow } from "../../workflows/ocop/workflows/create-certificates"
import { setProductOriginsWorkflow } from "../../workflows/ocop/workflows/set-product-origins"
import { createProducersWorkflow } from "../../workflows/producer/workflows/create-producers"
import { PRODUCER_MODULE } from "../../modules/producer"
import { setupMarketplace } from "../setup"
import { ensureDefaultShippingProfile } from "../setup/fulfillment"
import { PACKAGING_OPTION } from "../setup/ocop-catalogue"
import { readCatalogue } from "../setup/ocop-catalogue-file"
import { BenchCommune, BenchProvince, SyntheticProduct, syntheticCatalogue } from "./synthetic-catalogue"

const PRODUCT_BATCH = 500
const PRODUCER_BATCH = 250

type Timings = Record<string, number>

async function timed<T>(timings: Timings, name: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now()
  try {
    return await run()
  } finally {
    timings[name] = (timings[name] ?? 0) + (Date.now() - started)
  }
}

function productInput(product: SyntheticProduct, ids: { shippingProfileId: string; salesChannelId: string }) {
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: ids.shippingProfileId,
    sales_channels: [{ id: ids.salesChannelId }],
    metadata: { title_en: product.title_en, description_en: product.description_en, kind: product.kind, bench: true },
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
 * `medusa exec ./src/scripts/bench/load-synthetic-catalogue.js`, for `npm run bench:search` only:
 * sets the store up (without the demo catalogue) and loads BENCH_PRODUCTS synthetic products through
 * the same workflows as the demo seed, in batches (producer links excepted, see below). Writes its timings to BENCH_RESULT_FILE.
 */
export default async function loadSyntheticCatalogue({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const count = Number(process.env.BENCH_PRODUCTS ?? 20_000)
  const timings: Timings = {}
  const started = Date.now()

  const setup = await timed(timings, "setup", () => setupMarketplace(container))
  const shippingProfile = await ensureDefaultShippingProfile(container)
  const places = container.resolve("place") as {
    listCommunes: (filters: object, config: object) => Promise<BenchCommune[]>
    listProvinces: (filters: object, config: object) => Promise<BenchProvince[]>
  }
  const [communes, provinces] = await Promise.all([
    places.listCommunes({}, { take: null, select: ["code", "name", "province_code"] }),
    places.listProvinces({}, { take: null, select: ["code", "name"] }),
  ])
  const catalogue = syntheticCatalogue({
    seed: readCatalogue().catalogue,
    count,
    communes,
    provinces,
  })

  const producerIds = new Map<string, string>()
  for (let start = 0; start < catalogue.producers.length; start += PRODUCER_BATCH) {
    const batch = catalogue.producers.slice(start, start + PRODUCER_BATCH)
    const { result } = await timed(timings, "producers", () =>
      createProducersWorkflow(container).run({ input: { producers: batch.map((p) => ({ ...p, status: "active" as const })) } })
    )
    for (const producer of result) producerIds.set(producer.handle, producer.id)
  }
  const { data: producerLocations } = await query.graph({
    entity: "producer",
    fields: ["handle", "stock_location.id"],
    filters: { id: [...producerIds.values()] },
  })
  const locationOf = new Map(producerLocations.map((p) => [p.handle, (p as { stock_location?: { id: string } }).stock_location!.id]))

  for (let start = 0; start < catalogue.products.length; start += PRODUCT_BATCH) {
    const batch = catalogue.products.slice(start, start + PRODUCT_BATCH)
    const { result: created } = await timed(timings, "products", () =>
      createProductsWorkflow(container).run({
        input: { products: batch.map((p) => productInput(p, { shippingProfileId: shippingProfile.id, salesChannelId: setup.salesChannelId })) },
      })
    )
    const idOf = new Map(created.map((product) => [product.handle, product.id]))

    // One link write per batch: setProductsProducerWorkflow takes one producer per run, and a run per
    // producer (2,500 for 20,000 products) made loading several times slower. New products have no
    // producer to replace, and the ocop.products.changed it emits has no index to reach before boot.
    await timed(timings, "producer links", () =>
      link.create(batch.map((p) => ({
        [Modules.PRODUCT]: { product_id: idOf.get(p.handle)! },
        [PRODUCER_MODULE]: { producer_id: producerIds.get(p.producer)! },
      })))
    )

    const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v) => [v.sku, { stock: v.stock, producer: p.producer }] as const)))
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["sku", "inventory_items.inventory_item_id"],
      filters: { product_id: [...idOf.values()] },
    })
    await timed(timings, "stock", () =>
      createInventoryLevelsWorkflow(container).run({
        input: {
          inventory_levels: variants.flatMap((variant) =>
            (variant.inventory_items ?? []).map((item: { inventory_item_id: string } | null) => ({
              location_id: locationOf.get(stockBySku.get(variant.sku!)!.producer)!,
              inventory_item_id: item!.inventory_item_id,
              stocked_quantity: stockBySku.get(variant.sku!)!.stock,
            }))
          ),
        },
      })
    )
    await timed(timings, "origins", () =>
      setProductOriginsWorkflow(container).run({
        input: { origins: batch.map((p) => ({ ...p.origin, product_id: idOf.get(p.handle)! })) },
      })
    )
    await timed(timings, "certificates", () =>
      createCertificatesWorkflow(container).run({
        input: {
          certificates: batch.flatMap((p) =>
            p.certificates.map(({ revoked: _revoked, ...certificate }) => ({ ...certificate, product_id: idOf.get(p.handle)!, product_set: p.product_set }))
          ),
        },
      })
    )
    logger.info(`[bench] ${start + batch.length}/${count} products loaded in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(timings)}`)
  }

  const result = {
    products: count,
    producers: catalogue.producers.length,
    variants: catalogue.products.reduce((sum, p) => sum + p.variants.length, 0),
    certificates: catalogue.products.reduce((sum, p) => sum + p.certificates.length, 0),
    total_ms: Date.now() - started,
    timings_ms: timings,
    publishable_key: setup.publishableKey,
  }
  logger.info(`[bench] ${JSON.stringify(result)}`)
  if (process.env.BENCH_RESULT_FILE) fs.writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify(result))
}
