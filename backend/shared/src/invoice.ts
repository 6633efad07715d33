import type { BuyerType } from "./buyer-company"
import { isValidBuyerTaxCode } from "./buyer-company"

/** Cart metadata key of a consumer's request for a company invoice (set by POST /store/carts/:id/invoice-request). */
export const INVOICE_REQUEST_KEY = "invoice_request"
/** Producer order metadata key of the buyer's invoice data, snapshotted by the checkout split. */
export const INVOICE_BUYER_KEY = "invoice_buyer"

/** What a consumer gives at checkout to get a VAT e-invoice in a company's name. */
export type InvoiceRequest = {
  legal_name: string
  tax_code: string
  invoice_email: string
  invoice_street: string
  invoice_province_code: string
  invoice_commune_code: string
}

/**
 * The buyer on a VAT e-invoice, as it was when the order was placed: a verified company's own
 * data (`company`) or what a consumer asked for at checkout (`request`). Place names are text, so
 * the snapshot reads the same after the place list changes.
 */
export type InvoiceBuyer = {
  source: "company" | "request"
  company_id: string | null
  legal_name: string
  tax_code: string
  // A household business may use its owner's personal identification number as tax code.
  household_business: boolean
  buyer_type: BuyerType | null
  email: string
  street: string
  commune: string
  province: string
  province_code: string
  commune_code: string
}

/**
 * A consumer's invoice tax code: a 10-digit MST (10-3 for a branch), or a household business
 * owner's 12-digit personal identification number.
 */
export const isValidInvoiceTaxCode = (taxCode: string) => isValidBuyerTaxCode(taxCode, true)

/** Whether a valid invoice tax code is a personal identification number (a household business). */
export const isPersonalIdTaxCode = (taxCode: string) => /^\d{12}$/.test(taxCode)

/** The invoice address on one line: "12 Trần Phú, Phường Điện Biên Phủ, Điện Biên". */
export const invoiceAddressLine = (buyer: Pick<InvoiceBuyer, "street" | "commune" | "province">) =>
  [buyer.street, buyer.commune, buyer.province].filter(Boolean).join(", ")
