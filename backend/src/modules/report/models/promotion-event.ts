import { model } from "@medusajs/framework/utils"
import { PROMOTION_EVENT_KINDS } from "@ocop/shared"
import { PromotionEventProduct } from "./promotion-event-product"

/** A fair, exhibition or trade-connection event the office records, with the products shown at it. */
export const PromotionEvent = model
  .define("promotion_event", {
    id: model.id({ prefix: "pevt" }).primaryKey(),
    name: model.text(),
    kind: model.enum([...PROMOTION_EVENT_KINDS]),
    starts_at: model.dateTime().index(),
    ends_at: model.dateTime(),
    province_code: model.text().nullable(),
    place: model.text(),
    organiser: model.text(),
    products: model.hasMany(() => PromotionEventProduct, { mappedBy: "event" }),
  })
  .cascades({ delete: ["products"] })
