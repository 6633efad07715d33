import { model } from "@medusajs/framework/utils"

/**
 * One checkout: the cart a buyer completed, split into one order per producer. The parent order
 * (what Medusa completed the cart into) keeps the payment and the stock reservations; the
 * producer orders are linked to the group and to their producer.
 */
export const OrderGroup = model.define("order_group", {
  id: model.id({ prefix: "ordgrp" }).primaryKey(),
  cart_id: model.text().unique(),
  parent_order_id: model.text().unique(),
  customer_id: model.text().nullable(),
  email: model.text().nullable(),
  currency_code: model.text(),
  total: model.bigNumber(),
})
