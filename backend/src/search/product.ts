import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_REFRESH_EVENT } from "../lib/events"
import { productDocument, ProductRow } from "../lib/product-search-document"

const productRowFields = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "thumbnail",
  "images.url",
  "images.metadata",
  "status",
  "created_at",
  "metadata",
  "sales_channels.id",
  "tags.value",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.metadata",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "producer.name",
  "producer.handle",
  "producer.legal_form",
  "producer.women_led",
  "producer.ethnic_minority_led",
  "ocop_certificates.decision_date",
  "ocop_certificates.expires_at",
  "ocop_certificates.revoked_at",
  "ocop_certificates.stars",
  "ocop_certificates.product_set",
  "ocop_certificates.product_group",
  "ocop_origin.province_code",
  "ocop_origin.province_name",
  "ocop_origin.commune_code",
  "ocop_origin.commune_name",
  "ocop_origin.former_district",
  "ocop_origin.traceability_code",
]

const fields = search.define({
  // Sortable so that pages keep a stable order where the chosen sort ties (same price, same stars).
  id: search.keyword().filterable().sortable(),
  title: search.text().searchable({ weight: 4 }),
  title_en: search.text().searchable({ weight: 3 }),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }),
  producer_name: search.text().searchable({ weight: 2 }),
  place_names: search.text().searchable({ weight: 2 }),
  tags: search.keyword().array().searchable({ weight: 1 }),
  handle: search.keyword(),
  thumbnail: search.keyword(),
  // The thumbnail's copies by width ("url 320w, url 640w, …"), so a small card never loads a large file.
  thumbnail_srcset: search.keyword(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  stars: search.integer().filterable().facetable().sortable(),
  certificate_status: search.keyword().filterable().facetable(),
  product_group: search.keyword().filterable().facetable(),
  // Sets are counted value by value ("3"), which the engines offer on keywords only; stars are ranges.
  product_set: search.keyword().filterable().facetable(),
  province_code: search.keyword().filterable().facetable(),
  province_name: search.keyword(),
  former_district: search.keyword().filterable().facetable(),
  commune_code: search.keyword().filterable().facetable(),
  traceability_code: search.keyword(),
  producer_handle: search.keyword().filterable(),
  legal_form: search.keyword().filterable().facetable(),
  women_led: search.boolean().filterable().facetable(),
  ethnic_minority_led: search.boolean().filterable().facetable(),
  in_stock: search.boolean().filterable().facetable(),
  // Has wholesale tiers (their prices stay out of the index: only verified buyers see them).
  wholesale: search.boolean().filterable().facetable(),
  price_min: search.integer().filterable().facetable().sortable(),
  created_at: search.date().sortable(),
})

// Only published products are indexed at all: a draft or an unpublished product is left out, which
// graphConsume turns into a delete. (The store still filters on status, and tenant tokens pin it.)
const toDocuments = (rows: ProductRow[]) =>
  rows.filter((row) => row.status === "published").map((row) => productDocument(row))

/** The storefront's product index: text in vi/en, OCOP facets, kept current by product, price, stock and OCOP events. */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  // Everything else that changes a document arrives batched as a refresh (subscribers/product-search-sources).
  events: ["product.deleted", PRODUCT_SEARCH_REFRESH_EVENT],
  consume: graphConsume({
    fields: productRowFields,
    transform: toDocuments,
    resolve_ids: (event) =>
      event.name === PRODUCT_SEARCH_REFRESH_EVENT
        ? (event.data as { product_ids: string[] }).product_ids
        : (event.data as { id: string }).id,
  }),
  seed: graphSeed({ fields: productRowFields, transform: toDocuments }),
})
