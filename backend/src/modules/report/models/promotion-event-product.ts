import { model } from "@medusajs/framework/utils"
import { PromotionEvent } from "./promotion-event"

/** A product shown at a promotion event, and the producer who showed it. */
export const PromotionEventProduct = model
  .define("promotion_event_product", {
    id: model.id({ prefix: "pevp" }).primaryKey(),
    product_id: model.text().index(),
    producer_id: model.text().nullable(),
    event: model.belongsTo(() => PromotionEvent, { mappedBy: "products" }),
  })
  .indexes([{ on: ["event_id", "product_id"], unique: true }])
