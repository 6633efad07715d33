import { MedusaContainer } from "@medusajs/framework"
import { isValidTaxCode } from "@ocop/shared"

type Api = { post: (url: string, body: unknown, config?: object) => Promise<{ data: any }> }
export type Headers = { headers: Record<string, string> }

let serial = 0

/** A fresh 10-digit tax code with a valid check digit, different on every call. */
export function newTaxCode() {
  serial += 1
  const stem = String(300_000_000 + (Date.now() % 100_000) * 1000 + serial).slice(-9)
  for (let digit = 0; digit < 10; digit++) if (isValidTaxCode(`${stem}${digit}`)) return `${stem}${digit}`
  return newTaxCode()
}

/** Two communes of Điện Biên (province 11) from the loaded place data, and a province they are not in. */
export async function companyPlaces(container: MedusaContainer) {
  const places = container.resolve("place") as {
    listCommunes: (filters: object, config?: object) => Promise<{ code: string; province_code: string }[]>
  }
  const communes = await places.listCommunes({ province_code: "11" }, { take: 2, order: { code: "ASC" } })
  return {
    province_code: "11",
    commune_code: communes[0].code,
    other_commune_code: communes[1].code,
    other_province: "01",
  }
}

/** A registration body as the storefront's form sends it. */
export function companyRegistration(place: { province_code: string; commune_code: string }, overrides: object = {}) {
  return {
    legal_name: "Công ty TNHH Siêu thị Mường Thanh (test)",
    tax_code: newTaxCode(),
    household_business: false,
    buyer_type: "supermarket",
    phone: "0912345678",
    invoice_email: `hoa-don-${Date.now()}-${serial}@example.vn`,
    invoice_street: "Số 1 Đường Võ Nguyên Giáp",
    invoice_province_code: place.province_code,
    invoice_commune_code: place.commune_code,
    ...overrides,
  }
}

/** Registers a new customer with a Vietnamese name and returns it and its headers (with the publishable key). */
export async function signUpCustomer(api: Api, store: Headers, name = "buyer") {
  serial += 1
  const email = `${name}-${Date.now()}-${serial}@example.vn`
  const password = "mat-khau-123"
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password })
  const registering = { headers: { ...store.headers, authorization: `Bearer ${registered.token}` } }
  const { data } = await api.post("/store/customers", { email, first_name: "Hoa", last_name: "Lò Thị" }, registering)
  const { data: signedIn } = await api.post("/auth/customer/emailpass", { email, password })
  const headers = { headers: { ...store.headers, authorization: `Bearer ${signedIn.token}` } }
  return { customer: data.customer as { id: string; email: string }, email, headers }
}

/** A signed-up customer who registered a (pending) company: the customer, its headers and the company. */
export async function signUpCompany(api: Api, container: MedusaContainer, store: Headers, overrides: object = {}) {
  const buyer = await signUpCustomer(api, store, "company-admin")
  const body = companyRegistration(await companyPlaces(container), overrides)
  const { data } = await api.post("/store/companies", body, buyer.headers)
  return { ...buyer, company: data.company as { id: string; tax_code: string; invoice_email: string }, body }
}
