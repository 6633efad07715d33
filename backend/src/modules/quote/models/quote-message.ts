import { model } from "@medusajs/framework/utils"
import { QUOTE_AUTHORS } from "@ocop/shared"
import { Quote } from "./quote"

/** One message of a quote's thread: a buyer's (customer id) or a producer member's (member id). */
export const QuoteMessage = model.define("quote_message", {
  id: model.id({ prefix: "qmsg" }).primaryKey(),
  author: model.enum([...QUOTE_AUTHORS]),
  author_id: model.text(),
  body: model.text(),
  quote: model.belongsTo(() => Quote, { mappedBy: "messages" }),
})
