import { MedusaContainer } from "@medusajs/framework"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { taxCodeCheckDigit, type BuyerType } from "@ocop/shared"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { registerCompanyWorkflow } from "../../workflows/company/workflows/register-company"
import { setCompanyTermsWorkflow } from "../../workflows/company/workflows/set-company-terms"
import { verifyCompanyWorkflow } from "../../workflows/company/workflows/verify-company"
import { setProductWholesaleWorkflow } from "../../workflows/wholesale/workflows/set-product-wholesale"
import { setWholesaleSettingsWorkflow } from "../../workflows/wholesale/workflows/set-wholesale-settings"

export const DEMO_BUYER_EMAIL = "buyer@ocop.local"
export const DEMO_BUYER_PASSWORD = "ocop-buyer-2026"

/** A valid 10-digit tax code from nine digits (demo companies: made up, but with the right check digit). */
function demoTaxCode(firstNine: string): string {
  for (let n = Number(firstNine); ; n++) {
    const nine = String(n).padStart(9, "0")
    const check = taxCodeCheckDigit(nine)
    if (check !== undefined) return `${nine}${check}`
  }
}

// Three buyers of the demo: a supermarket on net-30 terms (the demo sign-in is its admin), a hotel
// restaurant and a specialty shop. Names and tax codes are invented.
const DEMO_COMPANIES: { legal_name: string; buyer_type: BuyerType; email: string; firstNine: string }[] = [
  {
    legal_name: "Công ty TNHH Siêu thị Xanh Tây Nguyên",
    buyer_type: "supermarket",
    email: DEMO_BUYER_EMAIL,
    firstNine: "600123450",
  },
  {
    legal_name: "Công ty CP Khách sạn Hoa Ban",
    buyer_type: "restaurant_hotel",
    email: "hoaban@ocop.local",
    firstNine: "560222310",
  },
  { legal_name: "Cửa hàng Đặc sản Vùng Cao", buyer_type: "shop", email: "dacsan@ocop.local", firstNine: "380333170" },
]

async function demoCustomer(container: MedusaContainer, email: string, password: string, name: string) {
  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not register the demo buyer ${email}: ${error}`)
  }
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, customerData: { email, first_name: name, last_name: "" } },
  })
  return result
}

type DemoProduct = {
  id: string
  producer?: { id: string } | null
  variants?: ({ id: string; prices?: ({ amount: number; currency_code: string } | null)[] | null } | null)[] | null
}

// Tiers below the retail price, rounded to 1.000 ₫: 8 % off from 10 units, 15 % off from 50.
const tierAmount = (retail: number, off: number) => Math.max(1000, Math.floor((retail * (1 - off)) / 1000) * 1000)

/**
 * Wholesale demo data: three verified buyer companies (the supermarket's admin signs in with
 * DEMO_BUYER_EMAIL) and wholesale tiers on every third product, with a minimum wholesale order of
 * 500.000 ₫ at those products' producers. Demo data only: skipped once the demo buyer exists.
 */
export async function setupWholesaleDemo(
  container: MedusaContainer,
  password = process.env.DEMO_BUYER_PASSWORD || DEMO_BUYER_PASSWORD
) {
  const companies: CompanyModuleService = container.resolve(COMPANY_MODULE)
  const [existing] = await companies.listCompanyStaffs({ email: DEMO_BUYER_EMAIL }, { take: 1 })
  if (existing) return { created: false }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "phone", "street", "province_code", "commune_code"],
    filters: { status: "active" },
    pagination: { take: DEMO_COMPANIES.length, order: { handle: "ASC" } },
  })
  if (producers.length < DEMO_COMPANIES.length) return { created: false }

  for (const [i, demo] of DEMO_COMPANIES.entries()) {
    const customer = await demoCustomer(container, demo.email, password, demo.legal_name)
    // Each company's invoice address is a demo producer's place, so the commune is a real one of its province.
    const place = producers[i] as { phone: string; street: string | null; province_code: string; commune_code: string }
    const {
      result: { company },
    } = await registerCompanyWorkflow(container).run({
      input: {
        customer_id: customer.id,
        company: {
          legal_name: demo.legal_name,
          tax_code: demoTaxCode(demo.firstNine),
          household_business: false,
          buyer_type: demo.buyer_type,
          phone: place.phone,
          invoice_email: demo.email,
          invoice_street: place.street || "Số 1 đường Trung tâm",
          invoice_province_code: place.province_code,
          invoice_commune_code: place.commune_code,
        },
      },
    })
    await verifyCompanyWorkflow(container).run({ input: { id: company.id } })
    if (i === 0) {
      await setCompanyTermsWorkflow(container).run({
        input: { id: company.id, net_terms_days: 30, credit_limit: 50_000_000, approval_threshold: 20_000_000 },
      })
    }
  }

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id", "variants.id", "variants.prices.amount", "variants.prices.currency_code"],
    filters: { status: "published" },
    pagination: { order: { handle: "ASC" } },
  })
  const tiered = (products as DemoProduct[]).filter((product, i) => i % 3 === 0 && product.producer?.id)
  for (const product of tiered) {
    const variants = (product.variants ?? []).flatMap((variant) => {
      const retail = variant?.prices?.find((price) => price?.currency_code === "vnd")?.amount
      return variant && Number(retail) >= 10_000
        ? [
            {
              variant_id: variant.id,
              tiers: [
                { min_quantity: 10, amount: tierAmount(Number(retail), 0.08) },
                { min_quantity: 50, amount: tierAmount(Number(retail), 0.15) },
              ],
              min_quantity: 1,
              case_pack: 1,
            },
          ]
        : []
    })
    if (!variants.length) continue
    await setProductWholesaleWorkflow(container).run({
      input: { producer_id: product.producer!.id, product_id: product.id, variants },
    })
  }
  for (const producerId of new Set(tiered.map((product) => product.producer!.id))) {
    await setWholesaleSettingsWorkflow(container).run({
      input: { producer_id: producerId, wholesale_min_order_value: 500_000 },
    })
  }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Created ${DEMO_COMPANIES.length} demo buyer companies and wholesale tiers on ${tiered.length} products`)
  return { created: true, tiered: tiered.length }
}
