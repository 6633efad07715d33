import { MedusaContainer } from "@medusajs/framework"
import type { CompanyStatus } from "@ocop/shared"
import { COMPANY_MODULE } from "../../src/modules/company"
import type CompanyModuleService from "../../src/modules/company/service"
import { freshTaxCode } from "./producer-portal"

type Api = { post: (url: string, body?: unknown, config?: object) => Promise<{ data: any }> }
type Headers = { headers: Record<string, string> }

let serial = 0

/** A signed-in customer (registered through the store API); returns its headers with the store's key. */
export async function signedInCustomer(api: Api, store: Headers, name = "buyer") {
  serial += 1
  const email = `${name}-${Date.now()}-${serial}@example.vn`
  const password = "mat-khau-123"
  const {
    data: { token },
  } = await api.post("/auth/customer/emailpass/register", { email, password })
  const registered = { headers: { ...store.headers, authorization: `Bearer ${token}` } }
  const {
    data: { customer },
  } = await api.post("/store/customers", { email, first_name: "Lan", last_name: "Nguyễn" }, registered)
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    email,
    customer_id: customer.id as string,
    headers: { ...store.headers, authorization: `Bearer ${data.token}` },
  }
}

/** A buyer company at `status` with one signed-in staff member (made directly in the company module). */
export async function companyBuyer(
  api: Api,
  container: MedusaContainer,
  store: Headers,
  status: CompanyStatus = "verified"
) {
  const customer = await signedInCustomer(api, store, "company-buyer")
  const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
  const company = await companies.createCompanies({
    legal_name: `Công ty TNHH Siêu thị Thử ${serial}`,
    tax_code: freshTaxCode(),
    buyer_type: "supermarket",
    phone: "0912345678",
    invoice_email: `hoadon-${serial}@example.vn`,
    invoice_street: "12 Trần Phú",
    invoice_province_code: "11",
    invoice_commune_code: "03127",
    status,
  })
  await companies.createCompanyStaffs({
    company_id: company.id,
    customer_id: customer.customer_id,
    email: customer.email,
    role: "admin",
  })
  return { ...customer, company_id: company.id as string }
}
