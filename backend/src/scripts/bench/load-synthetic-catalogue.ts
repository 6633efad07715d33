import fs from "node:fs"
import { ExecArgs, LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import OcopModuleService from "../../modules/ocop/service"
import { PRODUCER_MODULE } from "../../modules/producer"
import ProducerModuleService from "../../modules/producer/service"
import { Commune, resolvePlaces } from "../../workflows/ocop/steps/resolve-places"
import { PACKAGING_OPTION } from "../../workflows/listing/listing-content"
import { deriveCertificates } from "../../workflows/ocop/steps/validate-certificates"
import { setupMarketplace } from "../setup"
import { readCatalogue } from "../setup/ocop-catalogue-file"
import { insertLinks } from "./insert-links"
import { createProducersShipping } from "./producer-shipping"
import { BenchProvince, SyntheticProduct, syntheticCatalogue } from "./synthetic-catalogue"

// Products per round of module calls; each round is a handful of multi-row INSERTs per table.
const PRODUCT_BATCH = 2_000
const PRODUCER_BATCH = 1_000

type Timings = Record<string, number>

async function timed<T>(timings: Timings, name: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now()
  try {
    return await run()
  } finally {
    timings[name] = (timings[name] ?? 0) + (Date.now() - started)
  }
}

/**
 * The search index is seeded at server boot, which is what the benchmark times: the events this
 * load would emit (product.created, inventory-level.created…) only wake subscribers that fail
 * against an index not yet seeded. The local event bus drops them for the length of the load.
 */
function silenceEvents(container: MedusaContainer) {
  const eventBus = container.resolve(Modules.EVENT_BUS) as unknown as Record<string, unknown>
  const saved = { emit: eventBus.emit, releaseGroupedEvents: eventBus.releaseGroupedEvents }
  eventBus.emit = async () => {}
  eventBus.releaseGroupedEvents = async () => {}
  return () => Object.assign(eventBus, saved)
}

/**
 * `medusa exec ./src/scripts/bench/load-synthetic-catalogue.js`, for `npm run bench:search` only.
 * Sets the store up through the same setup as `npm start` (after `setup-store` it adds to the demo
 * catalogue), then loads BENCH_PRODUCTS synthetic products of BENCH_PRODUCERS producers (default one
 * per 8 products) with direct module calls in batches of PRODUCT_BATCH, not through workflows (hours
 * for 20,000 on a small machine): producers with their stock locations and their own shipping
 * (profile, fulfillment set, standard delivery and pickup: createProducersShipping), published
 * products with variants in the store's sales channel and their producer's shipping profile, VND price
 * sets, inventory items with stock at the producer's location, OCOP origins and certificates, and
 * the links between them (written by insertLinks, straight into the link tables). The OCOP rules
 * the workflows apply (place resolution, certificate derivation) are the same functions. Writes its timings to BENCH_RESULT_FILE.
 */
export default async function loadSyntheticCatalogue({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productModule = container.resolve(Modules.PRODUCT)
  const pricingModule = container.resolve(Modules.PRICING)
  const inventoryModule = container.resolve(Modules.INVENTORY)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const ocopModule: OcopModuleService = container.resolve(OCOP_MODULE)
  const count = Number(process.env.BENCH_PRODUCTS ?? 20_000)
  const producerCount = process.env.BENCH_PRODUCERS ? Number(process.env.BENCH_PRODUCERS) : undefined
  const timings: Timings = {}
  const started = Date.now()

  const setup = await timed(timings, "setup", () => setupMarketplace(container))
  const restoreEvents = silenceEvents(container)

  const places = container.resolve("place") as {
    listCommunes: (filters: object, config: object) => Promise<Commune[]>
    listProvinces: (filters: object, config: object) => Promise<BenchProvince[]>
  }
  const [communes, provinces] = await Promise.all([
    places.listCommunes(
      {},
      { take: null, select: ["code", "name", "province_code", "former_districts", "default_former_district"] }
    ),
    places.listProvinces({}, { take: null, select: ["code", "name"] }),
  ])
  const catalogue = syntheticCatalogue({ seed: readCatalogue().catalogue, count, producerCount, communes, provinces })

  // Producers, each with its own stock location selling through the store's sales channel (as createProducersWorkflow does).
  const producerIds = new Map<string, string>()
  const locationIds = new Map<string, string>()
  const profileIds = new Map<string, string>()
  for (let start = 0; start < catalogue.producers.length; start += PRODUCER_BATCH) {
    const batch = catalogue.producers.slice(start, start + PRODUCER_BATCH)
    const resolved = resolvePlaces(batch, communes, provinces)
    await timed(timings, "producers", async () => {
      const created = await producerModule.createProducers(
        batch.map((p, i) => ({ ...p, former_district: resolved[i].former_district, status: "active" as const }))
      )
      const locations = await stockLocationModule.createStockLocations(
        created.map((producer, i) => ({
          name: `Kho ${producer.name}`,
          address: {
            address_1: resolved[i].commune_name,
            city: resolved[i].commune_name,
            province: resolved[i].province_name,
            country_code: "VN",
            phone: producer.phone,
          },
        }))
      )
      await insertLinks(
        container,
        created.flatMap((producer, i): LinkDefinition[] => [
          {
            [PRODUCER_MODULE]: { producer_id: producer.id },
            [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
          },
          {
            [Modules.SALES_CHANNEL]: { sales_channel_id: setup.salesChannelId },
            [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
          },
        ])
      )
      const profiles = await createProducersShipping(
        container,
        created,
        locations.map((location) => location.id)
      )
      created.forEach((producer, i) => {
        producerIds.set(producer.handle, producer.id)
        locationIds.set(producer.handle, locations[i].id)
        profileIds.set(producer.handle, profiles[i])
      })
    })
  }

  for (let start = 0; start < catalogue.products.length; start += PRODUCT_BATCH) {
    const batch = catalogue.products.slice(start, start + PRODUCT_BATCH)
    await loadProducts(batch)
    logger.info(
      `[bench] ${start + batch.length}/${count} products loaded in ${((Date.now() - started) / 1000).toFixed(1)} s ${JSON.stringify(timings)}`
    )
  }
  restoreEvents()

  async function loadProducts(batch: SyntheticProduct[]) {
    const created = await timed(timings, "products", () =>
      productModule.createProducts(
        batch.map((product) => ({
          title: product.title,
          handle: product.handle,
          description: product.description,
          status: ProductStatus.PUBLISHED,
          metadata: {
            title_en: product.title_en,
            description_en: product.description_en,
            kind: product.kind,
            bench: true,
          },
          options: [{ title: PACKAGING_OPTION, values: product.variants.map((v) => v.title) }],
          variants: product.variants.map((variant) => ({
            title: variant.title,
            sku: variant.sku,
            manage_inventory: true,
            options: { [PACKAGING_OPTION]: variant.title },
            metadata: { title_en: variant.title_en },
          })),
        }))
      )
    )
    const productIdOf = new Map(created.map((product) => [product.handle, product.id]))
    const variantIdOf = new Map(
      created.flatMap((product) => (product.variants ?? []).map((variant) => [variant.sku!, variant.id] as const))
    )
    const variants = batch.flatMap((product) =>
      product.variants.map((variant) => ({ product, variant, id: variantIdOf.get(variant.sku)! }))
    )
    if (variants.some((v) => !v.id)) throw new Error("a bench variant was not created")

    // Independent of one another: run side by side, so their timings overlap.
    const certificateOwners = batch.flatMap((product) => product.certificates.map(() => product))
    const [priceSets, inventoryItems, origins, certificates] = await Promise.all([
      timed(timings, "prices", () =>
        pricingModule.createPriceSets(
          variants.map(({ variant }) => ({ prices: [{ currency_code: "vnd", amount: variant.price }] }))
        )
      ),
      timed(timings, "stock", async () => {
        const items = await inventoryModule.createInventoryItems(
          variants.map(({ variant }) => ({ sku: variant.sku, title: variant.title }))
        )
        await inventoryModule.createInventoryLevels(
          variants.map(({ product, variant }, i) => ({
            inventory_item_id: items[i].id,
            location_id: locationIds.get(product.producer)!,
            stocked_quantity: variant.stock,
          }))
        )
        return items
      }),
      timed(timings, "origins", () =>
        ocopModule.createOcopOrigins(
          resolvePlaces(
            batch.map((p) => p.origin),
            communes,
            provinces
          ).map((place, i) => ({
            ...place,
            traceability_code: batch[i].origin.traceability_code,
          }))
        )
      ),
      timed(timings, "certificates", () =>
        ocopModule.createOcopCertificates(
          deriveCertificates(
            batch.flatMap((p) =>
              p.certificates.map(({ revoked: _revoked, ...certificate }) => ({
                ...certificate,
                product_set: p.product_set,
              }))
            )
          ).map((certificate) => ({ ...certificate, revoked_at: null, revocation_reason: null }))
        )
      ),
    ])
    if (inventoryItems.some((item, i) => item.sku !== variants[i].variant.sku))
      throw new Error("inventory items came back out of order")

    await timed(timings, "links", () =>
      insertLinks(container, [
        ...batch.flatMap((product): LinkDefinition[] => {
          const product_id = productIdOf.get(product.handle)!
          return [
            { [Modules.PRODUCT]: { product_id }, [Modules.SALES_CHANNEL]: { sales_channel_id: setup.salesChannelId } },
            {
              [Modules.PRODUCT]: { product_id },
              [Modules.FULFILLMENT]: { shipping_profile_id: profileIds.get(product.producer)! },
            },
            {
              [Modules.PRODUCT]: { product_id },
              [PRODUCER_MODULE]: { producer_id: producerIds.get(product.producer)! },
            },
          ]
        }),
        ...variants.flatMap(({ id }, i): LinkDefinition[] => [
          { [Modules.PRODUCT]: { variant_id: id }, [Modules.PRICING]: { price_set_id: priceSets[i].id } },
          {
            [Modules.PRODUCT]: { variant_id: id },
            [Modules.INVENTORY]: { inventory_item_id: inventoryItems[i].id },
            data: { required_quantity: 1 },
          },
        ]),
        ...batch.map((product, i): LinkDefinition => ({
          [Modules.PRODUCT]: { product_id: productIdOf.get(product.handle)! },
          [OCOP_MODULE]: { ocop_origin_id: origins[i].id },
        })),
        ...certificates.map((certificate, i): LinkDefinition => ({
          [Modules.PRODUCT]: { product_id: productIdOf.get(certificateOwners[i].handle)! },
          [OCOP_MODULE]: { ocop_certificate_id: certificate.id },
        })),
      ])
    )
  }

  const result = {
    method: `direct module calls in batches of ${PRODUCT_BATCH} (no workflows; links by bulk SQL; events dropped during the load; prices, stock, origins and certificates side by side)`,
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
