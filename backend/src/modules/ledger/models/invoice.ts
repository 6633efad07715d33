import { model } from "@medusajs/framework/utils"
import { INVOICE_STATUSES } from "@ocop/shared"
import { InvoicePayment } from "./invoice-payment"

/**
 * What a company owes one producer for one producer order placed on terms (công nợ). Issued when
 * the order is placed; due `net_terms_days` after the producer delivers it (null until then).
 */
export const Invoice = model
  .define("invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    company_id: model.text().index(),
    // The producer order, and the parent order the checkout's payment hangs on.
    order_id: model.text().unique(),
    parent_order_id: model.text().index(),
    producer_id: model.text().index(),
    // Printed on the invoice and quoted in the bank transfer that pays it.
    reference: model.text().unique(),
    amount: model.number(),
    paid_amount: model.number().default(0),
    issued_at: model.dateTime(),
    due_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    status: model.enum([...INVOICE_STATUSES]).default("open"),
    payments: model.hasMany(() => InvoicePayment, { mappedBy: "invoice" }),
  })
  .cascades({ delete: ["payments"] })
