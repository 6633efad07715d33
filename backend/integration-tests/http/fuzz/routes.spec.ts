import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import fc from "fast-check"
import sharp from "sharp"
import { setupMarketplace } from "../../../src/scripts/setup"
import { adminHeaders } from "../../utils/admin"
import { BUYER_ADDRESS } from "../../utils/checkout"
import { answerProblem, deepJson, hostileBody, sendRaw, UNKNOWN_ID } from "../../utils/hostile-input"
import { bearer, signUpApprovedProducer } from "../../utils/producer-portal"
import { medusaRoutes, registeredRoutes } from "../../utils/producer-routes"

type Actor = "guest" | "customer" | "producer" | "admin" | "none"
type RouteCase = { actor: Actor; body?: Record<string, unknown>; upload?: boolean }
type Ids = Record<string, string>

// Medusa's own routes that the storefront calls (storefront/src/lib/data), the payment webhook and the sign-ins.
const MEDUSA_ROUTES: Record<string, RouteCase> = {
  "GET /store/regions": { actor: "guest" },
  "GET /store/products": { actor: "guest" },
  "GET /store/products/:id": { actor: "guest" },
  "POST /store/search": { actor: "guest", body: { indexes: ["product"], filters: { q: "chè" } } },
  "POST /store/carts": { actor: "guest", body: { region_id: "reg", email: "lan@example.vn" } },
  "GET /store/carts/:id": { actor: "guest" },
  "POST /store/carts/:id": { actor: "guest", body: { email: "lan@example.vn", shipping_address: BUYER_ADDRESS } },
  "POST /store/carts/:id/customer": { actor: "customer", body: {} },
  "POST /store/carts/:id/line-items": { actor: "guest", body: { variant_id: "variant", quantity: 1 } },
  "POST /store/carts/:id/line-items/:line_id": { actor: "guest", body: { quantity: 2 } },
  "DELETE /store/carts/:id/line-items/:line_id": { actor: "guest" },
  "POST /store/shipping-options/:id/calculate": { actor: "guest", body: { cart_id: "cart", data: {} } },
  "POST /store/payment-collections": { actor: "guest", body: { cart_id: "cart" } },
  "POST /store/payment-collections/:id/payment-sessions": {
    actor: "guest",
    body: { provider_id: "pp_system_default" },
  },
  "GET /store/payment-providers": { actor: "guest" },
  "POST /store/customers": {
    actor: "customer",
    body: { email: "lan@example.vn", first_name: "Lan", last_name: "Nguyễn" },
  },
  "GET /store/customers/me": { actor: "customer" },
  "POST /store/customers/me": { actor: "customer", body: { first_name: "Lan", phone: "0912345678" } },
  "POST /store/customers/me/addresses": { actor: "customer", body: BUYER_ADDRESS },
  "POST /store/customers/me/addresses/:address_id": { actor: "customer", body: BUYER_ADDRESS },
  "DELETE /store/customers/me/addresses/:address_id": { actor: "customer" },
  "POST /auth/:actor_type/:auth_provider": {
    actor: "none",
    body: { email: "lan@example.vn", password: "sai-mat-khau-1" },
  },
  "POST /auth/:actor_type/:auth_provider/register": {
    actor: "none",
    body: { email: "lan@example.vn", password: "mat-khau-1" },
  },
  "POST /auth/:actor_type/:auth_provider/reset-password": { actor: "none", body: { identifier: "lan@example.vn" } },
  "POST /auth/:actor_type/:auth_provider/update": { actor: "none", body: { password: "mat-khau-moi-1" } },
  "POST /auth/token/refresh": { actor: "customer", body: {} },
  "POST /hooks/payment/:provider": { actor: "none", body: { type: "payment_intent.succeeded" } },
}

const EXPERIENCE = {
  kind: "farm_tour",
  title_vi: "Tham quan đồi chè",
  description_vi: "Đi bộ lên đồi chè cổ thụ.",
  meeting_address: "Bản Hón, xã Mường Ảng",
  duration_minutes: 180,
  province_code: "11",
  commune_code: "03127",
  participant_types: [{ kind: "adult", name_vi: "Người lớn", price: 250000 }],
  deposit_percent: 30,
}

const PLAN_TARGET = {
  text_vi: "Ít nhất 40 % chủ thể do phụ nữ làm chủ",
  indicator: "producers_women_led_share",
  comparison: "gte",
  value: 40,
  deadline: "2025-12-31",
}
const PLAN = {
  name: "Kế hoạch OCOP 2025",
  province_code: "11",
  period_start: "2025-01-01",
  period_end: "2025-12-31",
  targets: [PLAN_TARGET],
}

// Every route of ours (backend/src/api), with a valid body where it takes one; checked against the route files below.
const OUR_ROUTES: Record<string, RouteCase> = {
  "POST /admin/ocop/bank-statements": {
    actor: "admin",
    body: { csv: "ngay,so tien,noi dung\n01/07/2025,150000,OCOP 123" },
  },
  "GET /admin/ocop/certificate-requests": { actor: "admin" },
  "GET /admin/ocop/certificate-requests/:id/file": { actor: "admin" },
  "POST /admin/ocop/certificate-requests/:id/approve": {
    actor: "admin",
    body: { certificate_number: "123/QĐ-UBND", star_rating: 4 },
  },
  "POST /admin/ocop/certificate-requests/:id/reject": { actor: "admin", body: { reason: "Hồ sơ thiếu" } },
  "GET /admin/ocop/certificates": { actor: "admin" },
  "POST /admin/ocop/certificates": {
    actor: "admin",
    body: { product_id: "prod", star_rating: 4, certificate_number: "1/QĐ" },
  },
  "GET /admin/ocop/certificates/:id": { actor: "admin" },
  "POST /admin/ocop/certificates/:id": { actor: "admin", body: { star_rating: 5 } },
  "POST /admin/ocop/certificates/:id/revoke": { actor: "admin", body: { reason: "Hết hạn" } },
  "GET /admin/ocop/listings": { actor: "admin" },
  "POST /admin/ocop/listings/:id/approve": { actor: "admin", body: {} },
  "POST /admin/ocop/listings/:id/reject": { actor: "admin", body: { reason: "Ảnh mờ" } },
  "GET /admin/ocop/order-groups": { actor: "admin" },
  "GET /admin/ledger": { actor: "admin" },
  "GET /admin/ledger/export": { actor: "admin" },
  "GET /admin/ocop/producers": { actor: "admin" },
  "POST /admin/ocop/producers": {
    actor: "admin",
    body: { name: "HTX", tax_code: "0100109106", phone: "0912345678", email: "a@b.vn" },
  },
  "GET /admin/ocop/producers/:id": { actor: "admin" },
  "POST /admin/ocop/producers/:id": { actor: "admin", body: { name: "HTX mới" } },
  "POST /admin/ocop/producers/:id/approve": { actor: "admin", body: {} },
  "POST /admin/ocop/producers/:id/reject": { actor: "admin", body: { reason: "Thiếu giấy tờ" } },
  "POST /admin/ocop/producers/:id/suspend": { actor: "admin", body: { reason: "Kiểm tra" } },
  "GET /admin/ocop/promotion-events": { actor: "admin" },
  "POST /admin/ocop/promotion-events": {
    actor: "admin",
    body: {
      name: "Hội chợ OCOP",
      kind: "fair",
      starts_on: "2026-03-05",
      ends_on: "2026-03-09",
      place: "Quảng trường 7/5",
      organiser: "Sở Nông nghiệp",
    },
  },
  "GET /admin/ocop/promotion-events/export.xlsx": { actor: "admin" },
  "GET /admin/ocop/promotion-events/:id": { actor: "admin" },
  "POST /admin/ocop/promotion-events/:id": { actor: "admin", body: { name: "Hội chợ mới", ends_on: "2026-03-10" } },
  "DELETE /admin/ocop/promotion-events/:id": { actor: "admin" },
  "POST /admin/ocop/promotion-events/:id/products": { actor: "admin", body: { product_ids: ["prod"] } },
  "DELETE /admin/ocop/promotion-events/:id/products/:product_id": { actor: "admin" },
  "POST /admin/ocop/promotion-events/:id/products/import": {
    actor: "admin",
    body: { file: "product_code,producer_name\nca-phe-bot,HTX" },
  },
  "GET /admin/ocop/products/:id": { actor: "admin" },
  "GET /admin/ocop/reports/sales.xlsx": { actor: "admin" },
  "GET /admin/ocop/reports/sales.csv": { actor: "admin" },
  "POST /admin/ocop/products/:id/origin": {
    actor: "admin",
    body: { province_code: "11", traceability_code: "che-shan" },
  },
  "POST /admin/ocop/products/:id/producer": { actor: "admin", body: { producer_id: "prod" } },
  "GET /admin/places/provinces": { actor: "admin" },
  "GET /admin/places/provinces/:code/communes": { actor: "admin" },
  "GET /admin/places/provinces/:code/former-districts": { actor: "admin" },
  "POST /producer/applications": { actor: "producer", body: { name: "HTX" } },
  "GET /producer/certificate-requests": { actor: "producer" },
  "GET /producer/certificate-requests/:id/file": { actor: "producer" },
  "GET /producer/dashboard": { actor: "producer" },
  "GET /producer/sales": { actor: "producer" },
  "GET /producer/sales.xlsx": { actor: "producer" },
  "POST /producer/invites/accept": { actor: "producer", body: { token: "not-a-token" } },
  "GET /producer/invoice-requests": { actor: "producer" },
  "GET /producer/invoice-requests/export": { actor: "producer" },
  "GET /producer/me": { actor: "producer" },
  "POST /producer/me": { actor: "producer", body: { story_vi: "Câu chuyện" } },
  "POST /producer/me/logo": { actor: "producer", upload: true },
  "GET /producer/members": { actor: "producer" },
  "DELETE /producer/members/:id": { actor: "producer" },
  "POST /producer/members/invites": { actor: "producer", body: { email: "someone@example.vn" } },
  "DELETE /producer/members/invites/:id": { actor: "producer" },
  "GET /producer/orders": { actor: "producer" },
  "GET /producer/orders/:id": { actor: "producer" },
  "POST /producer/orders/:id/accept": { actor: "producer", body: {} },
  "POST /producer/orders/:id/pack": { actor: "producer", body: {} },
  "POST /producer/orders/:id/ship": {
    actor: "producer",
    body: { carrier: "VNPost", tracking_number: "EV123456789VN" },
  },
  "POST /producer/orders/:id/deliver": { actor: "producer", body: {} },
  "POST /producer/orders/:id/cancel": { actor: "producer", body: { reason: "Hết hàng" } },
  "GET /producer/products": { actor: "producer" },
  "GET /producer/receivables": { actor: "producer" },
  "POST /producer/products": {
    actor: "producer",
    body: { title: "Chè", product_set: 1, variants: [{ title: "100 g", price: 120000, stock: 10 }] },
  },
  "GET /producer/products/:id": { actor: "producer" },
  "POST /producer/products/:id": { actor: "producer", body: { title: "Chè cổ thụ" } },
  "POST /producer/products/:id/archive": { actor: "producer", body: {} },
  "POST /producer/products/:id/certificate-requests": { actor: "producer", upload: true },
  "POST /producer/products/:id/images": { actor: "producer", upload: true },
  "DELETE /producer/products/:id/images/:image_id": { actor: "producer" },
  "POST /producer/products/:id/variants": { actor: "producer", body: { title: "200 g", price: 220000, stock: 5 } },
  "POST /producer/products/:id/variants/:variant_id": { actor: "producer", body: { price: 125000 } },
  "POST /producer/products/:id/variants/:variant_id/stock": { actor: "producer", body: { quantity: 3 } },
  "GET /producer/products/:id/wholesale": { actor: "producer" },
  "POST /producer/products/:id/wholesale": {
    actor: "producer",
    body: { variants: [{ variant_id: "variant", tiers: [{ min_quantity: 10, amount: 100000 }], case_pack: 2 }] },
  },
  "GET /producer/wholesale-settings": { actor: "producer" },
  "POST /producer/wholesale-settings": { actor: "producer", body: { wholesale_min_order_value: 1000000 } },
  "GET /store/search/token": { actor: "guest" },
  "GET /store/carts/:id/wholesale": { actor: "customer" },
  "GET /store/products/:id/wholesale-tiers": { actor: "customer" },
  "POST /store/carts/:id/approval": { actor: "customer", body: {} },
  "POST /store/carts/:id/complete": { actor: "guest", body: {} },
  "GET /store/companies/me/approvals": { actor: "customer" },
  "POST /store/companies/me/approvals/:id/approve": { actor: "customer", body: { reason: "Đơn tuần" } },
  "POST /store/companies/me/approvals/:id/reject": { actor: "customer", body: { reason: "Vượt ngân sách" } },
  "GET /store/companies/me/invites": { actor: "customer" },
  "POST /store/companies/me/invites": {
    actor: "customer",
    body: { email: "mua@example.vn", role: "buyer", monthly_spending_limit: 5000000 },
  },
  "DELETE /store/companies/me/invites/:id": { actor: "customer" },
  "GET /store/companies/me/staff": { actor: "customer" },
  "POST /store/companies/me/staff/:id": { actor: "customer", body: { role: "buyer", monthly_spending_limit: null } },
  "DELETE /store/companies/me/staff/:id": { actor: "customer" },
  "POST /store/company-invites/accept": { actor: "customer", body: { token: "t0k3n-0123456789abcdef" } },
  "GET /store/carts/:id/invoice-request": { actor: "guest" },
  "POST /store/carts/:id/invoice-request": {
    actor: "guest",
    body: {
      legal_name: "Công ty TNHH An Phú",
      tax_code: "0100109106",
      invoice_email: "ketoan@anphu.vn",
      invoice_street: "12 Trần Phú",
      invoice_province_code: "11",
      invoice_commune_code: "03127",
    },
  },
  "DELETE /store/carts/:id/invoice-request": { actor: "guest" },
  "POST /store/carts/:id/shipping-methods": { actor: "guest", body: { option_id: "so" } },
  "POST /store/carts/:id/bulk-lines": { actor: "customer", body: { file: "sku,quantity\nCF-250,12" } },
  "GET /store/companies/me/purchase-lists": { actor: "customer" },
  "POST /store/companies/me/purchase-lists": { actor: "customer", body: { name: "Đơn hàng tuần", cart_id: "cart" } },
  "GET /store/companies/me/purchase-lists/:id": { actor: "customer" },
  "DELETE /store/companies/me/purchase-lists/:id": { actor: "customer" },
  "POST /store/companies/me/purchase-lists/:id/add-to-cart": { actor: "customer", body: { cart_id: "cart" } },
  "POST /store/orders/:id/reorder": { actor: "customer", body: { cart_id: "cart" } },
  "GET /store/wholesale/variants": { actor: "guest" },
  "POST /store/ocop/carts/:id/complete": { actor: "guest", body: {} },
  "POST /store/ocop/carts/:id/shipping-methods": { actor: "guest", body: { option_ids: ["so"] } },
  "GET /store/ocop/carts/:id/bookings": { actor: "guest" },
  "POST /store/ocop/carts/:id/bookings": {
    actor: "guest",
    body: { session_id: "exses", participants: { exptype: 2 }, nights: 1 },
  },
  "POST /store/ocop/carts/:id/bookings/:booking_id": {
    actor: "guest",
    body: { guests: [{ name: "Nguyễn Thị Lan", nationality: "VN", phone: "0912345678" }] },
  },
  "DELETE /store/ocop/carts/:id/bookings/:booking_id": { actor: "guest" },
  "GET /store/customers/me/bookings": { actor: "customer" },
  "POST /store/customers/me/bookings/:id/cancel": { actor: "customer", body: { reason: "Đổi lịch" } },
  "POST /store/customers/me/bookings/:id/move": { actor: "customer", body: { session_id: "exses" } },
  "GET /store/experiences": { actor: "guest" },
  "GET /store/search/suggestion": { actor: "guest" },
  "GET /store/experiences/:handle": { actor: "guest" },
  "GET /store/experiences/:handle/calendar": { actor: "guest" },
  "GET /store/ocop/order-groups": { actor: "customer" },
  "GET /store/companies/me/ledger": { actor: "customer" },
  "GET /store/companies/me/ledger/export": { actor: "customer" },
  "GET /store/companies/me/ledger/invoices/:id": { actor: "customer" },
  "GET /store/ocop/order-groups/:id": { actor: "guest" },
  "POST /store/ocop/order-lookup": { actor: "guest", body: { display_id: 1, email: "lan@example.vn" } },
  "GET /store/ocop/origins/:code": { actor: "guest" },
  "GET /store/ocop/producers/:handle": { actor: "guest" },
  "GET /store/ocop/statistics": { actor: "guest" },
  "GET /store/ocop/products/:id/promotion-events": { actor: "guest" },
  "GET /store/orders/:id": { actor: "guest" },
  "GET /store/places/provinces": { actor: "guest" },
  "GET /store/places/provinces/:code/communes": { actor: "guest" },
  "GET /store/places/provinces/:code/former-districts": { actor: "guest" },
  "GET /store/shipping-options": { actor: "guest" },
  "POST /store/companies": {
    actor: "customer",
    body: {
      legal_name: "Siêu thị Him Lam",
      tax_code: "0100109106",
      buyer_type: "supermarket",
      phone: "0912345678",
      invoice_email: "ketoan@example.vn",
      invoice_street: "Số 1 Võ Nguyên Giáp",
      invoice_province_code: "11",
      invoice_commune_code: "03127",
    },
  },
  "GET /store/companies/me": { actor: "customer" },
  "POST /store/companies/me": { actor: "customer", body: { phone: "0912345678" } },
  "GET /store/companies/me/addresses": { actor: "customer" },
  "POST /store/companies/me/addresses": {
    actor: "customer",
    body: {
      label: "Kho",
      recipient: "Lò Văn Minh",
      phone: "0912345678",
      street: "Tổ 5",
      province_code: "11",
      commune_code: "03127",
    },
  },
  "POST /store/companies/me/addresses/:id": { actor: "customer", body: { street: "Tổ 6" } },
  "DELETE /store/companies/me/addresses/:id": { actor: "customer" },
  "GET /admin/companies": { actor: "admin" },
  "GET /admin/companies/:id": { actor: "admin" },
  "POST /admin/companies/:id/verify": { actor: "admin", body: {} },
  "POST /admin/companies/:id/reject": { actor: "admin", body: { reason: "MST không khớp" } },
  "POST /admin/companies/:id/suspend": { actor: "admin", body: { reason: "Nợ quá hạn" } },
  "POST /admin/companies/:id/reinstate": { actor: "admin", body: {} },
  "POST /admin/companies/:id/terms": { actor: "admin", body: { net_terms_days: 30, credit_limit: 50000000 } },
  // Quotes: the fuzz customer is a consumer, so these answer 403 past validation (quotes/store.spec.ts covers buyers).
  "GET /store/quotes": { actor: "customer" },
  "POST /store/quotes": {
    actor: "customer",
    body: { producer_id: "prod", items: [{ variant_id: "variant", quantity: 10 }], note: "Báo giá giúp" },
  },
  "GET /store/quotes/:id": { actor: "customer" },
  "POST /store/quotes/:id/messages": { actor: "customer", body: { body: "Xin chào" } },
  "POST /store/quotes/:id/accept": { actor: "customer", body: {} },
  "POST /store/quotes/:id/reject": { actor: "customer", body: { reason: "Giá cao" } },
  "POST /store/quotes/:id/request-again": { actor: "customer", body: { body: "Báo lại giúp" } },
  "GET /producer/quotes": { actor: "producer" },
  "GET /producer/quotes/:id": { actor: "producer" },
  "POST /producer/quotes/:id/answer": {
    actor: "producer",
    body: { lines: [{ id: "qlin", unit_price: 50000 }], valid_until: "2099-12-31" },
  },
  "POST /producer/quotes/:id/messages": { actor: "producer", body: { body: "Xin chào" } },
  "GET /producer/experiences": { actor: "producer" },
  "POST /producer/experiences": { actor: "producer", body: EXPERIENCE },
  "GET /producer/experiences/:id": { actor: "producer" },
  "POST /producer/experiences/:id": { actor: "producer", body: { title_en: "Tea hill walk" } },
  "GET /producer/experiences/:id/sessions": { actor: "producer" },
  "POST /producer/experiences/:id/sessions": {
    actor: "producer",
    body: { session: { starts_at: "2099-01-01T08:00:00+07:00", capacity: 10 } },
  },
  "GET /producer/experience-sessions/:id": { actor: "producer" },
  "POST /producer/experience-sessions/:id": { actor: "producer", body: { capacity: 12 } },
  "GET /producer/experience-sessions/:id/bookings": { actor: "producer" },
  "GET /producer/experience-sessions/:id/guest-list.xlsx": { actor: "producer" },
  "POST /producer/experience-sessions/:id/cancel": { actor: "producer", body: { reason: "Mưa lớn" } },
  "POST /producer/bookings/:id/accept": { actor: "producer", body: {} },
  "POST /producer/bookings/:id/decline": { actor: "producer", body: { reason: "Nhà đã kín khách" } },
  "POST /producer/bookings/check-in": { actor: "producer", body: { code: "0123456789abcdef0123456789abcdef" } },
  "GET /admin/ocop/experiences": { actor: "admin" },
  "GET /admin/ocop/experiences/bookings": { actor: "admin" },
  "POST /admin/ocop/experiences/:id/approve": { actor: "admin", body: {} },
  "POST /admin/ocop/experiences/:id/reject": { actor: "admin", body: { reason: "Thiếu ảnh" } },
  "GET /admin/ocop/reports/plans": { actor: "admin" },
  "POST /admin/ocop/reports/plans": { actor: "admin", body: PLAN },
  "GET /admin/ocop/reports/plans/:id": { actor: "admin" },
  "POST /admin/ocop/reports/plans/:id": { actor: "admin", body: { name: "Kế hoạch đã sửa" } },
  "DELETE /admin/ocop/reports/plans/:id": { actor: "admin" },
  "POST /admin/ocop/reports/plans/:id/targets": { actor: "admin", body: PLAN_TARGET },
  "POST /admin/ocop/reports/plans/:id/targets/:target_id": { actor: "admin", body: { value: 45 } },
  "DELETE /admin/ocop/reports/plans/:id/targets/:target_id": { actor: "admin" },
  "GET /admin/ocop/reports/plans/:id/progress": { actor: "admin" },
  "GET /admin/ocop/reports/plans/:id/progress.xlsx": { actor: "admin" },
  "GET /admin/ocop/reports/indicators/:code/trend": { actor: "admin" },
  "GET /admin/ocop/reports/indicators/:code/breakdown": { actor: "admin" },
  "GET /admin/ocop/reports/register.xlsx": { actor: "admin" },
}

const ROUTES = { ...MEDUSA_ROUTES, ...OUR_ROUTES }
// Per route: generated bodies (fixed seed), besides the fixed hostile cases every route gets.
const RUNS_PER_ROUTE = 4
const SEED = 16_2025
// A path piece that no route can read: malformed escapes, NUL, an escaped unpaired surrogate, an unknown id.
const HOSTILE_PATH_PIECES = ["%E0%A4%A", "a%00b", "%ED%A0%80", UNKNOWN_ID]
const HOSTILE_QUERIES = ["limit=-1", "offset=abc", "q=a%00b", "limit[]=1&offset[a]=2"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headersOf: Record<Actor, Record<string, string>>
    let ids: Ids
    let baseUrl: string

    const pathOf = (key: string, params: Ids) =>
      key.split(" ")[1].replace(/:(\w+)/g, (_, name: string) => params[name] ?? `${name}_${UNKNOWN_ID}`)
    const paramNames = (key: string) => [...key.matchAll(/:(\w+)/g)].map((match) => match[1])
    const fieldsOf = (key: string, body?: unknown, query = "") => [
      "path",
      "body",
      "query",
      "file",
      "limit",
      "offset",
      ...paramNames(key),
      // The record a path is about ("cart" for /store/carts/:id) names what a business rule refused.
      ...key
        .split(" ")[1]
        .split("/")
        .filter((part) => part && !part.startsWith(":"))
        .map((part) => part.replace(/s$/, "").replace(/-/g, "_")),
      ...Object.keys(ROUTES[key].body ?? {}),
      ...(body && typeof body === "object" ? Object.keys(body) : []),
      ...[...new URLSearchParams(query).keys()].map((name) => name.replace(/\[.*$/, "")),
    ]

    async function send(
      key: string,
      {
        path,
        query = "",
        body,
        raw,
        contentType,
      }: { path?: string; query?: string; body?: unknown; raw?: string | Buffer; contentType?: string }
    ) {
      const [method] = key.split(" ")
      const url = `${path ?? pathOf(key, ids)}${query ? `?${query}` : ""}`
      const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body))
      const headers = {
        ...headersOf[ROUTES[key].actor],
        ...(payload !== undefined ? { "content-type": contentType ?? "application/json" } : {}),
      }
      return sendRaw(baseUrl, method, url, headers, payload)
    }

    beforeAll(async () => {
      const container = getContainer()
      baseUrl = (api as any).defaults.baseURL
      const setup = await setupMarketplace(container)
      const store = { "x-publishable-api-key": setup.publishableKey }
      const admin = (await adminHeaders(api, container)).headers

      const email = `fuzz-${Date.now()}@example.vn`
      const { data: registered } = await api.post("/auth/customer/emailpass/register", {
        email,
        password: "mat-khau-1",
      })
      await api.post(
        "/store/customers",
        { email, first_name: "Lan", last_name: "Nguyễn" },
        { headers: { ...store, ...bearer(registered.token).headers } }
      )
      const { data: signedIn } = await api.post("/auth/customer/emailpass", { email, password: "mat-khau-1" })
      const customer = { ...store, ...bearer(signedIn.token).headers }
      const { data: withAddress } = await api.post("/store/customers/me/addresses?fields=*addresses", BUYER_ADDRESS, {
        headers: customer,
      })

      const producer = await signUpApprovedProducer(api, container)
      const producerHeaders = bearer(producer.token).headers
      const { data: listing } = await api.post("/producer/products", OUR_ROUTES["POST /producer/products"].body, {
        headers: producerHeaders,
      })
      const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#3a7d44" } })
        .jpeg()
        .toBuffer()
      const form = new FormData()
      form.append("file", new Blob([jpeg], { type: "image/jpeg" }), "che.jpg")
      const { data: withImage } = await api.post(`/producer/products/${listing.product.id}/images`, form, {
        headers: producerHeaders,
      })
      const { data: me } = await api.get("/producer/me", { headers: producerHeaders })
      const { data: created } = await api.post("/producer/experiences", EXPERIENCE, { headers: producerHeaders })
      const { data: generated } = await api.post(
        `/producer/experiences/${created.experience.id}/sessions`,
        { session: { starts_at: new Date(Date.now() + 7 * 86_400_000).toISOString(), capacity: 10 } },
        { headers: producerHeaders }
      )

      const { data: promotion } = await api.post(
        "/admin/ocop/promotion-events",
        OUR_ROUTES["POST /admin/ocop/promotion-events"].body,
        { headers: admin }
      )

      const {
        data: { cart },
      } = await api.post("/store/carts", { region_id: setup.regionId, email: "guest@example.vn" }, { headers: store })
      const {
        data: { payment_collection },
      } = await api.post("/store/payment-collections", { cart_id: cart.id }, { headers: store })

      const { data: planned } = await api.post("/admin/ocop/reports/plans", PLAN, { headers: admin })

      headersOf = { guest: store, customer, producer: producerHeaders, admin, none: {} }
      ids = {
        id: cart.id,
        address_id: withAddress.customer.addresses[0].id,
        actor_type: "customer",
        auth_provider: "emailpass",
        provider: "stripe_stripe",
        code: "11",
        handle: "khong-co",
        image_id: withImage.product.images[0].id,
        variant_id: listing.product.variants[0].id,
        target_id: planned.plan.targets[0].id,
      }
      // `:id` names different records on different routes: the closest real one of each.
      idsByPrefix = {
        "/store/payment-collections/": payment_collection.id,
        "/producer/products/": listing.product.id,
        "/admin/ocop/products/": listing.product.id,
        "/admin/ocop/producers/": producer.producer.id,
        "/producer/members/:id": me.member.id,
        "/producer/experiences/": created.experience.id,
        "/producer/experience-sessions/": generated.sessions[0].id,
        "/admin/ocop/experiences/": created.experience.id,
        "/admin/ocop/reports/plans/": planned.plan.id,
        "/admin/ocop/promotion-events/:id": promotion.event.id,
        "/store/ocop/products/": listing.product.id,
      }
    }, 240_000)

    let idsByPrefix: Record<string, string>
    const idsFor = (key: string): Ids => {
      const path = key.split(" ")[1]
      const prefix = Object.keys(idsByPrefix).find((candidate) => path.startsWith(candidate))
      return prefix ? { ...ids, id: idsByPrefix[prefix] } : ids
    }

    it("has every registered route of ours and every Medusa route the storefront uses in its table", () => {
      const ours = ["admin", "producer", "store", "hooks", "auth"].flatMap((under) => registeredRoutes(under)).sort()
      expect(ours.filter((route) => !(route in OUR_ROUTES))).toEqual([])
      expect(Object.keys(OUR_ROUTES).filter((route) => !ours.includes(route))).toEqual([])
      const medusa = ["store", "auth", "hooks"].flatMap((under) => medusaRoutes(under))
      expect(Object.keys(MEDUSA_ROUTES).filter((route) => !medusa.includes(route))).toEqual([])
    })

    // The runner restores the database before every test (a few seconds each): routes go in batches, and
    // DELETE routes last in their batch, so that a hostile request that slips through cannot remove a
    // record a later route of the batch is called with.
    const BATCH_SIZE = 16
    const ordered = Object.keys(ROUTES).sort(
      (a, b) => Number(a.startsWith("DELETE ")) - Number(b.startsWith("DELETE "))
    )
    const batches = Array.from({ length: Math.ceil(ordered.length / BATCH_SIZE) }, (_, i) =>
      ordered.slice(i * BATCH_SIZE, (i + 1) * BATCH_SIZE)
    )

    it.each(batches.map((keys) => [`${keys[0]} … ${keys[keys.length - 1]}`, keys] as const))(
      "%s: hostile input gets 4xx naming the field, never 5xx or internals",
      async (_, keys) => {
        const problems: string[] = []
        for (const key of keys) problems.push(...(await hostileProblems(key)))
        expect(problems).toEqual([])
      },
      600_000
    )

    async function hostileProblems(key: string) {
      const [method] = key.split(" ")
      const routeIds = idsFor(key)
      const path = pathOf(key, routeIds)
      const problems: string[] = []
      const check = async (label: string, request: Parameters<typeof send>[1], body?: unknown) => {
        const answer = await send(key, { path, ...request })
        const problem = answerProblem(answer, fieldsOf(key, body ?? request.body, request.query))
        if (problem) problems.push(`${key} ${label}: ${problem}`)
        if (answer.headers["x-powered-by"]) problems.push(`${key} ${label}: sent X-Powered-By`)
      }

      for (const name of paramNames(key)) {
        for (const piece of HOSTILE_PATH_PIECES) {
          await check(`:${name}=${piece}`, { path: pathOf(key, { ...routeIds, [name]: piece }) })
        }
      }
      for (const query of HOSTILE_QUERIES) await check(`?${query}`, { query })

      if (method === "POST" && ROUTES[key].upload) {
        const boundary = "----ocopfuzz"
        const cut = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8`
        await check("multipart cut short", { raw: cut, contentType: `multipart/form-data; boundary=${boundary}` })
        await check("multipart without boundary", { raw: "garbage", contentType: "multipart/form-data" })
        await check("multipart with a broken part header", {
          raw: `--${boundary}\r\nContent-Disposition\r\n\r\nx\r\n--${boundary}--\r\n`,
          contentType: `multipart/form-data; boundary=${boundary}`,
        })
        await check("multipart with a NUL file name", {
          raw: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.jpg"\r\nContent-Type: image/jpeg\r\n\r\nx\r\n--${boundary}--\r\n`,
          contentType: `multipart/form-data; boundary=${boundary}`,
        })
      }
      if (method === "POST") {
        await check("10,000-deep JSON", { raw: deepJson(10_000) })
        await check("JSON that does not parse", { raw: '{"email": "a@b.vn",' })
        await check("a JSON string for the body", { raw: '"\\u0000"' })
        await check("an array for the body", { body: [ROUTES[key].body ?? {}] })
        await check("NUL in a key", { body: { ...ROUTES[key].body, "e\u0000mail": "x" } })
        const samples = fc.sample(hostileBody(ROUTES[key].body ?? {}), { numRuns: RUNS_PER_ROUTE, seed: SEED })
        for (const [i, body] of samples.entries())
          await check(`generated body #${i} ${JSON.stringify(body).slice(0, 120)}`, { body })
      }
      return problems
    }

    describe("refused input changes nothing", () => {
      const count = async (entity: string) => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity, fields: ["id"] })
        return data.length
      }

      it("POST /store/carts with NUL bytes and lone surrogates creates no cart", async () => {
        const before = await count("cart")
        for (const email of ["lan\u0000@example.vn", "\ud800@example.vn"]) {
          const answer = await send("POST /store/carts", { body: { email, region_id: "reg" } })
          expect(answer.status).toBe(400)
        }
        expect(await count("cart")).toBe(before)
      })

      it("POST /producer/products with hostile titles creates no product", async () => {
        const before = await count("product")
        for (const title of ["Chè\u0000", "\udfff", "x".repeat(99_000)]) {
          const answer = await send("POST /producer/products", {
            body: { ...OUR_ROUTES["POST /producer/products"].body, title },
          })
          expect(answer.status).toBe(400)
          expect(answer.message).toMatch(/title/)
        }
        expect(await count("product")).toBe(before)
      })
    })
  },
})
