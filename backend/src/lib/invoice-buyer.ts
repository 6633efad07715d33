import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  INVOICE_REQUEST_KEY,
  isPersonalIdTaxCode,
  type BuyerType,
  type InvoiceBuyer,
  type InvoiceRequest,
} from "@ocop/shared"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"
import { PLACE_MODULE } from "../modules/place"
import type PlaceModuleService from "../modules/place/service"
import { buyerOfCustomer, buysWholesale } from "./buyer-company"

/** The province's and commune's names, so the snapshot does not depend on the place list later. */
async function placeNames(container: MedusaContainer, provinceCode: string, communeCode: string) {
  const places: PlaceModuleService = container.resolve(PLACE_MODULE)
  const [province, commune] = await Promise.all([
    places.retrieveProvinceByCode(provinceCode).catch(() => null),
    places.retrieveCommuneByCode(communeCode).catch(() => null),
  ])
  return { province: province?.name ?? "", commune: commune?.name ?? "" }
}

/** A verified company's invoice data, read now. */
async function companyInvoiceBuyer(container: MedusaContainer, companyId: string): Promise<InvoiceBuyer> {
  const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
  const company = await companies.retrieveCompany(companyId)
  return {
    source: "company",
    company_id: company.id,
    legal_name: company.legal_name,
    tax_code: company.tax_code,
    household_business: company.household_business,
    buyer_type: company.buyer_type as BuyerType,
    email: company.invoice_email,
    street: company.invoice_street,
    ...(await placeNames(container, company.invoice_province_code, company.invoice_commune_code)),
    province_code: company.invoice_province_code,
    commune_code: company.invoice_commune_code,
  }
}

/** A consumer's request for a company invoice, as the buyer on the invoice. */
async function requestedInvoiceBuyer(container: MedusaContainer, request: InvoiceRequest): Promise<InvoiceBuyer> {
  return {
    source: "request",
    company_id: null,
    legal_name: request.legal_name,
    tax_code: request.tax_code,
    household_business: isPersonalIdTaxCode(request.tax_code),
    buyer_type: null,
    email: request.invoice_email,
    street: request.invoice_street,
    ...(await placeNames(container, request.invoice_province_code, request.invoice_commune_code)),
    province_code: request.invoice_province_code,
    commune_code: request.invoice_commune_code,
  }
}

/**
 * Whom a cart's orders are invoiced to: the buyer's verified company (always; its data is the one
 * the office verified), else the company invoice the consumer asked for on the cart, else nobody.
 */
export async function invoiceBuyerOfCart(container: MedusaContainer, cartId: string): Promise<InvoiceBuyer | null> {
  const {
    data: [cart],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "customer_id", "metadata"],
    filters: { id: cartId },
  })
  if (!cart) return null
  const buyer = await buyerOfCustomer(container, cart.customer_id)
  if (buysWholesale(buyer)) return companyInvoiceBuyer(container, buyer.company.id)
  const request = (cart.metadata as Record<string, unknown> | null)?.[INVOICE_REQUEST_KEY] as InvoiceRequest | undefined
  return request ? requestedInvoiceBuyer(container, request) : null
}
