import { model } from "@medusajs/framework/utils"
import { SALES_CHANNELS, SALES_FACT_KINDS } from "@ocop/shared"

/**
 * One change to the net sales of a producer order's line, on the Vietnam day it happened: the sale
 * (positive), a cancellation or a refund (negative). The line's product, producer and place are
 * copied as they were at the sale, so the reports never read raw orders and a producer that later
 * changes its legal form keeps its past sales under the old one. `source_key` makes each change
 * recorded once however often the events and the nightly job replay it.
 */
export const SalesFact = model
  .define("sales_fact", {
    id: model.id({ prefix: "sfact" }).primaryKey(),
    source_key: model.text().unique(),
    kind: model.enum([...SALES_FACT_KINDS]),
    // YYYY-MM-DD in Vietnam.
    day: model.text(),
    order_id: model.text().index(),
    line_item_id: model.text(),
    producer_id: model.text(),
    product_id: model.text().index(),
    channel: model.enum([...SALES_CHANNELS]),
    quantity: model.number(),
    amount: model.bigNumber(),
    product_group: model.text().nullable(),
    product_set: model.number().nullable(),
    stars: model.number().nullable(),
    province_code: model.text().nullable(),
    former_district: model.text().nullable(),
    commune_code: model.text().nullable(),
    legal_form: model.text().nullable(),
    women_led: model.boolean().default(false),
    ethnic_minority_led: model.boolean().default(false),
  })
  .indexes([{ on: ["day"] }, { on: ["producer_id", "day"] }, { on: ["province_code", "day"] }])
