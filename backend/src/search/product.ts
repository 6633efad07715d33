import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../workflows/ocop/events"
import { productDocument, ProductRow } from "../lib/product-search-document"

const productRowFields = [
  "id", "title", "subtitle", "description", "handle", "thumbnail", "status", "created_at", "metadata",
  "sales_channels.id", "tags.value", "variants.prices.amount", "variants.prices.currency_code",
  "producer.name", "producer.handle", "producer.legal_form", "producer.women_led", "producer.ethnic_minority_led",
  "ocop_certificates.decision_date", "ocop_certificates.expires_at", "ocop_certificates.revoked_at",
  "ocop_certificates.stars", "ocop_certificates.product_set", "ocop_certificates.product_group",
  "ocop_origin.province_code", "ocop_origin.province_name", "ocop_origin.commune_name", "ocop_origin.former_district",
]

const fields = search.define({
  id: search.keyword().filterable(),
  title: search.text().searchable({ weight: 4 }),
  title_en: search.text().searchable({ weight: 3 }),
  description: search.text().searchable({ weight: 1 }),
  producer_name: search.text().searchable({ weight: 2 }),
  place_names: search.text().searchable({ weight: 2 }),
  tags: search.keyword().array().searchable({ weight: 1 }),
  handle: search.keyword(),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  stars: search.integer().filterable().facetable().sortable(),
  certificate_status: search.keyword().filterable().facetable(),
  product_group: search.keyword().filterable().facetable(),
  product_set: search.integer().filterable().facetable(),
  province_code: search.keyword().filterable().facetable(),
  former_district: search.keyword().filterable().facetable(),
  producer_handle: search.keyword().filterable(),
  legal_form: search.keyword().filterable().facetable(),
  women_led: search.boolean().filterable().facetable(),
  ethnic_minority_led: search.boolean().filterable().facetable(),
  price_min: search.integer().filterable().facetable().sortable(),
  created_at: search.date().sortable(),
})

const toDocuments = (rows: ProductRow[]) => rows.map((row) => productDocument(row))

/** The storefront's product index: text in vi/en, OCOP facets, kept current by product and OCOP events. */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
  events: ["product.created", "product.updated", "product.deleted", OCOP_PRODUCTS_CHANGED_EVENT],
  consume: graphConsume({
    fields: productRowFields,
    transform: toDocuments,
    resolve_ids: (event) =>
      event.name === OCOP_PRODUCTS_CHANGED_EVENT ? (event.data as { product_ids: string[] }).product_ids : (event.data as { id: string }).id,
  }),
  seed: graphSeed({ fields: productRowFields, transform: toDocuments }),
})
