import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"

/** One variant asked for, with the producer's unit price once answered (VND). */
export const QuoteLine = model.define("quote_line", {
  id: model.id({ prefix: "qlin" }).primaryKey(),
  variant_id: model.text(),
  // The product and variant title when asked, so the quote reads the same if the listing changes.
  title: model.text(),
  quantity: model.number(),
  unit_price: model.number().nullable(),
  quote: model.belongsTo(() => Quote, { mappedBy: "lines" }),
})
