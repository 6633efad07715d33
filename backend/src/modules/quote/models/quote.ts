import { model } from "@medusajs/framework/utils"
import { QUOTE_STATUSES } from "@ocop/shared"
import { QuoteLine } from "./quote-line"
import { QuoteMessage } from "./quote-message"

/** A buyer company's request for quote to one producer, and that producer's answer. */
export const Quote = model.define("quote", {
  id: model.id({ prefix: "quo" }).primaryKey(),
  company_id: model.text().index(),
  // The staff member who asked; any staff of the company may follow it up.
  customer_id: model.text(),
  producer_id: model.text().index(),
  status: model.enum([...QUOTE_STATUSES]).default("requested"),
  wished_delivery_date: model.dateTime().nullable(),
  note: model.text().nullable(),
  // The end, in Vietnam, of the last day the producer's prices hold (see @ocop/shared endOfVietnamDay).
  valid_until: model.dateTime().nullable(),
  reject_reason: model.text().nullable(),
  // The cart the buyer checks out at the quoted prices, prepared on accepting.
  cart_id: model.text().nullable(),
  // The producer orders that checkout made.
  order_ids: model.json().nullable(),
  lines: model.hasMany(() => QuoteLine, { mappedBy: "quote" }),
  messages: model.hasMany(() => QuoteMessage, { mappedBy: "quote" }),
})
