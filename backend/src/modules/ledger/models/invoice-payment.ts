import { model } from "@medusajs/framework/utils"
import { Invoice } from "./invoice"

/** Money received for an invoice: one credit line of an imported bank statement. */
export const InvoicePayment = model.define("invoice_payment", {
  id: model.id({ prefix: "invpay" }).primaryKey(),
  amount: model.number(),
  // The statement line (date, amount, description) it came from: importing a statement twice pays nothing twice.
  statement_line_key: model.text().unique(),
  description: model.text(),
  recorded_by: model.text().nullable(),
  invoice: model.belongsTo(() => Invoice, { mappedBy: "payments" }),
})
