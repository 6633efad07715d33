import { Module } from "@medusajs/framework/utils"
import QuoteModuleService from "./service"

/*
 * Requests for quote. Medusa's quote-management guide keeps a draft order per quote and turns it
 * into an order with an order edit; here a quote is its own record, and accepting it prepares a
 * cart with the quoted lines at locked (custom) unit prices that the buyer checks out like any
 * other. That cart goes through our checkout (delivery per producer, payment methods incl. terms,
 * the split into one producer order inside an order group, fulfilment), which no draft order does:
 * no route may make an order outside the producer split. The quote turns `accepted` when that
 * cart's order group is placed (subscribers/quote-ordered.ts).
 */
export const QUOTE_MODULE = "quote"

export default Module(QUOTE_MODULE, { service: QuoteModuleService })
