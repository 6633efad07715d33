import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { PDFDocument } from "pdf-lib"
import sharp from "sharp"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import { QUOTE_MODULE } from "../../../src/modules/quote"
import type QuoteModuleService from "../../../src/modules/quote/service"
import { setProducerStatusWorkflow } from "../../../src/workflows/producer/workflows/set-producer-status"
import { insertBooking } from "../../utils/bookings"
import { bearer, signUpApprovedProducer } from "../../utils/producer-portal"
import { registeredProducerRoutes } from "../../utils/producer-routes"

type Ids = {
  product: string
  variant: string
  image: string
  order: string
  member: string
  invite: string
  certificateRequest: string
  quote: string
  experience: string
  session: string
  voucher: string
  booking: string
}
type Body = Record<string, unknown> | "image" | "pdf" | undefined
type RouteCase = {
  path: (ids: Ids) => string
  body?: Body
  // The route names one of the producer's own records: another producer must get 404 for it.
  owned: boolean
}

const experience = {
  kind: "farm_tour",
  title_vi: "Tham quan đồi chè",
  description_vi: "Đi bộ lên đồi chè cổ thụ.",
  meeting_address: "Bản Hón, xã Mường Ảng",
  duration_minutes: 180,
  province_code: "11",
  commune_code: "03127",
  participant_types: [{ kind: "adult", name_vi: "Người lớn", price: 250000 }],
}

const product = {
  title: "Chè shan tuyết Mường Ảng",
  product_set: 1,
  variants: [{ title: "100 g", price: 120000, stock: 10 }],
}

/** Every /producer/* route with a valid request for it; the suite fails when a registered route is missing here. */
const ROUTES: Record<string, RouteCase> = {
  "POST /producer/applications": { path: () => "/producer/applications", body: {}, owned: false },
  "POST /producer/invites/accept": {
    path: () => "/producer/invites/accept",
    body: { token: "not-an-invitation-token" },
    owned: false,
  },
  "GET /producer/me": { path: () => "/producer/me", owned: false },
  "POST /producer/me": { path: () => "/producer/me", body: { story_vi: "Câu chuyện mới" }, owned: false },
  "POST /producer/me/logo": { path: () => "/producer/me/logo", body: "image", owned: false },
  "GET /producer/members": { path: () => "/producer/members", owned: false },
  "POST /producer/members/invites": {
    path: () => "/producer/members/invites",
    body: { email: "someone@example.vn" },
    owned: false,
  },
  "DELETE /producer/members/invites/:id": { path: (ids) => `/producer/members/invites/${ids.invite}`, owned: true },
  "DELETE /producer/members/:id": { path: (ids) => `/producer/members/${ids.member}`, owned: true },
  "GET /producer/dashboard": { path: () => "/producer/dashboard", owned: false },
  "GET /producer/products": { path: () => "/producer/products", owned: false },
  "POST /producer/products": { path: () => "/producer/products", body: product, owned: false },
  "GET /producer/products/:id": { path: (ids) => `/producer/products/${ids.product}`, owned: true },
  "POST /producer/products/:id": {
    path: (ids) => `/producer/products/${ids.product}`,
    body: { title: "Chè shan tuyết cổ thụ" },
    owned: true,
  },
  "POST /producer/products/:id/archive": {
    path: (ids) => `/producer/products/${ids.product}/archive`,
    body: {},
    owned: true,
  },
  "POST /producer/products/:id/variants": {
    path: (ids) => `/producer/products/${ids.product}/variants`,
    body: { title: "200 g", price: 220000, stock: 5 },
    owned: true,
  },
  "POST /producer/products/:id/variants/:variant_id": {
    path: (ids) => `/producer/products/${ids.product}/variants/${ids.variant}`,
    body: { price: 125000 },
    owned: true,
  },
  "POST /producer/products/:id/variants/:variant_id/stock": {
    path: (ids) => `/producer/products/${ids.product}/variants/${ids.variant}/stock`,
    body: { quantity: 3 },
    owned: true,
  },
  "POST /producer/products/:id/images": {
    path: (ids) => `/producer/products/${ids.product}/images`,
    body: "image",
    owned: true,
  },
  "DELETE /producer/products/:id/images/:image_id": {
    path: (ids) => `/producer/products/${ids.product}/images/${ids.image}`,
    owned: true,
  },
  "POST /producer/products/:id/certificate-requests": {
    path: (ids) => `/producer/products/${ids.product}/certificate-requests`,
    body: "pdf",
    owned: true,
  },
  "GET /producer/certificate-requests": { path: () => "/producer/certificate-requests", owned: false },
  "GET /producer/certificate-requests/:id/file": {
    path: (ids) => `/producer/certificate-requests/${ids.certificateRequest}/file`,
    owned: true,
  },
  "GET /producer/invoice-requests": { path: () => "/producer/invoice-requests", owned: false },
  "GET /producer/invoice-requests/export": { path: () => "/producer/invoice-requests/export", owned: false },
  "GET /producer/orders": { path: () => "/producer/orders", owned: false },
  "GET /producer/orders/:id": { path: (ids) => `/producer/orders/${ids.order}`, owned: true },
  "POST /producer/orders/:id/accept": { path: (ids) => `/producer/orders/${ids.order}/accept`, body: {}, owned: true },
  "POST /producer/orders/:id/pack": { path: (ids) => `/producer/orders/${ids.order}/pack`, body: {}, owned: true },
  "POST /producer/orders/:id/ship": {
    path: (ids) => `/producer/orders/${ids.order}/ship`,
    body: { carrier: "VNPost", tracking_number: "EV123456789VN" },
    owned: true,
  },
  "POST /producer/orders/:id/deliver": {
    path: (ids) => `/producer/orders/${ids.order}/deliver`,
    body: {},
    owned: true,
  },
  "POST /producer/orders/:id/cancel": {
    path: (ids) => `/producer/orders/${ids.order}/cancel`,
    body: { reason: "Hết hàng" },
    owned: true,
  },
  "GET /producer/products/:id/wholesale": { path: (ids) => `/producer/products/${ids.product}/wholesale`, owned: true },
  "POST /producer/products/:id/wholesale": {
    path: (ids) => `/producer/products/${ids.product}/wholesale`,
    body: { variants: [{ variant_id: "variant", tiers: [{ min_quantity: 10, amount: 100000 }], case_pack: 2 }] },
    owned: true,
  },
  "GET /producer/wholesale-settings": { path: () => "/producer/wholesale-settings", owned: false },
  "POST /producer/wholesale-settings": {
    path: () => "/producer/wholesale-settings",
    body: { wholesale_min_order_value: 1000000 },
    owned: false,
  },
  "GET /producer/receivables": { path: () => "/producer/receivables", owned: false },
  "GET /producer/sales": { path: () => "/producer/sales", owned: false },
  "GET /producer/sales.xlsx": { path: () => "/producer/sales.xlsx", owned: false },
  "GET /producer/quotes": { path: () => "/producer/quotes", owned: false },
  "GET /producer/quotes/:id": { path: (ids) => `/producer/quotes/${ids.quote}`, owned: true },
  "POST /producer/quotes/:id/answer": {
    path: (ids) => `/producer/quotes/${ids.quote}/answer`,
    body: { lines: [{ id: "qlin_unknown", unit_price: 50000 }], valid_until: "2099-12-31" },
    owned: true,
  },
  "POST /producer/quotes/:id/messages": {
    path: (ids) => `/producer/quotes/${ids.quote}/messages`,
    body: { body: "Xin chào" },
    owned: true,
  },
  "GET /producer/experiences": { path: () => "/producer/experiences", owned: false },
  "POST /producer/experiences": { path: () => "/producer/experiences", body: experience, owned: false },
  "GET /producer/experiences/:id": { path: (ids) => `/producer/experiences/${ids.experience}`, owned: true },
  "POST /producer/experiences/:id": {
    path: (ids) => `/producer/experiences/${ids.experience}`,
    body: { title_vi: "Đổi tên trải nghiệm" },
    owned: true,
  },
  "GET /producer/experiences/:id/sessions": {
    path: (ids) => `/producer/experiences/${ids.experience}/sessions`,
    owned: true,
  },
  "POST /producer/experiences/:id/sessions": {
    path: (ids) => `/producer/experiences/${ids.experience}/sessions`,
    body: { session: { starts_at: "2099-01-01T08:00:00+07:00", capacity: 10 } },
    owned: true,
  },
  "GET /producer/experience-sessions/:id": {
    path: (ids) => `/producer/experience-sessions/${ids.session}`,
    owned: true,
  },
  "POST /producer/experience-sessions/:id": {
    path: (ids) => `/producer/experience-sessions/${ids.session}`,
    body: { capacity: 3 },
    owned: true,
  },
  "GET /producer/experience-sessions/:id/bookings": {
    path: (ids) => `/producer/experience-sessions/${ids.session}/bookings`,
    owned: true,
  },
  "GET /producer/experience-sessions/:id/guest-list.xlsx": {
    path: (ids) => `/producer/experience-sessions/${ids.session}/guest-list.xlsx`,
    owned: true,
  },
  "POST /producer/experience-sessions/:id/cancel": {
    path: (ids) => `/producer/experience-sessions/${ids.session}/cancel`,
    body: { reason: "Mưa lớn, đường vào bản bị sạt lở" },
    owned: true,
  },
  "POST /producer/bookings/:id/accept": {
    path: (ids) => `/producer/bookings/${ids.booking}/accept`,
    body: {},
    owned: true,
  },
  "POST /producer/bookings/:id/decline": {
    path: (ids) => `/producer/bookings/${ids.booking}/decline`,
    body: { reason: "Nhà đã kín khách" },
    owned: true,
  },
  // Another host's voucher is refused like an unknown one (400 voucher_invalid), never checked in: see below.
  "POST /producer/bookings/check-in": {
    path: () => "/producer/bookings/check-in",
    body: { code: "0123456789abcdef0123456789abcdef" },
    owned: false,
  },
}

// A new sign-in (no producer yet) uses these two; an existing member is told it already belongs to one.
const JOINING = new Set(["POST /producer/applications", "POST /producer/invites/accept"])

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ids: Ids
    let first: { token: string; producer: { id: string } }
    let other: { token: string }
    let suspended: { token: string }
    let suspendedOrder: string
    let jpeg: Buffer
    let pdf: Buffer

    const multipart = async (body: "image" | "pdf") => {
      const form = new FormData()
      const [bytes, type, name] =
        body === "image" ? [jpeg, "image/jpeg", "che.jpg"] : [pdf, "application/pdf", "chung-nhan.pdf"]
      form.append("file", new Blob([bytes], { type }), name)
      return form
    }
    const send = async (key: string, ids: Ids, token?: string) => {
      const [method] = key.split(" ")
      const { path, body } = ROUTES[key]
      const config = token ? bearer(token) : {}
      const data = body === "image" || body === "pdf" ? await multipart(body) : body
      const request =
        method === "GET"
          ? api.get(path(ids), config)
          : method === "DELETE"
            ? api.delete(path(ids), config)
            : api.post(path(ids), data ?? {}, config)
      return request.catch((e: any) => e.response)
    }

    beforeAll(async () => {
      const container = getContainer()
      jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#3a7d44" } })
        .jpeg()
        .toBuffer()
      const document = await PDFDocument.create()
      document.addPage()
      pdf = Buffer.from(await document.save())
      first = await signUpApprovedProducer(api, container)
      other = await signUpApprovedProducer(api, container)
      const toSuspend = await signUpApprovedProducer(api, container)
      await setProducerStatusWorkflow(container).run({
        input: { id: toSuspend.producer.id, status: "suspended", status_reason: "Kiểm tra hồ sơ" },
      })
      suspended = toSuspend

      const { data: created } = await api.post("/producer/products", product, bearer(first.token))
      const { data: withImage } = await api.post(
        `/producer/products/${created.product.id}/images`,
        await multipart("image"),
        bearer(first.token)
      )
      const { data: invited } = await api.post(
        "/producer/members/invites",
        { email: `colleague-${Date.now()}@example.vn` },
        bearer(first.token)
      )
      const { data: me } = await api.get("/producer/me", bearer(first.token))
      const { data: scan } = await api.post(
        `/producer/products/${created.product.id}/certificate-requests`,
        await multipart("pdf"),
        bearer(first.token)
      )

      // An order of the first producer, as the checkout split leaves it (an order linked to its producer).
      const {
        result: [region],
      } = await createRegionsWorkflow(container).run({
        input: { regions: [{ name: "Việt Nam", currency_code: "vnd", countries: ["vn"] }] },
      })
      const orderOf = async (producerId: string) => {
        const { result: order } = await createOrderWorkflow(container).run({
          input: {
            region_id: region.id,
            email: "buyer@example.vn",
            currency_code: "vnd",
            // A custom line: the listing is not on sale (proposed), which an order of its variant would need.
            items: [{ title: product.title, quantity: 1, unit_price: 120000 }],
          },
        })
        await container.resolve(ContainerRegistrationKeys.LINK).create({
          [PRODUCER_MODULE]: { producer_id: producerId },
          [Modules.ORDER]: { order_id: order.id },
        })
        return order
      }
      const order = await orderOf(first.producer.id)
      suspendedOrder = (await orderOf(toSuspend.producer.id)).id
      const { data: hosted } = await api.post("/producer/experiences", experience, bearer(first.token))
      const { data: generated } = await api.post(
        `/producer/experiences/${hosted.experience.id}/sessions`,
        { session: { starts_at: new Date(Date.now() + 7 * 86_400_000).toISOString(), capacity: 10 } },
        bearer(first.token)
      )
      const booking = await insertBooking(container, { session_id: generated.sessions[0].id, seats: 2 })
      ids = {
        experience: hosted.experience.id,
        session: generated.sessions[0].id,
        voucher: booking.voucher_code!,
        booking: booking.id,
        product: created.product.id,
        variant: created.product.variants[0].id,
        image: withImage.product.images[0].id,
        order: order.id,
        member: me.member.id,
        invite: invited.invite.id,
        certificateRequest: scan.certificate_request.id,
        // A quote asked of the first producer (the company is only an id here).
        quote: (
          await container.resolve<QuoteModuleService>(QUOTE_MODULE).createQuotes({
            company_id: "comp_scoping",
            customer_id: "cus_scoping",
            producer_id: first.producer.id,
          })
        ).id,
      }
    })

    it("covers every registered /producer/* route", () => {
      const registered = registeredProducerRoutes().sort()
      expect(registered.filter((route) => !(route in ROUTES))).toEqual([])
      expect(Object.keys(ROUTES).filter((route) => !registered.includes(route))).toEqual([])
    })

    describe("without a sign-in", () => {
      it.each(Object.keys(ROUTES))("%s answers 401", async (key) => {
        expect((await send(key, ids)).status).toBe(401)
      })
    })

    describe("as another producer, with the first producer's ids", () => {
      it.each(Object.keys(ROUTES).filter((key) => ROUTES[key].owned))("%s answers 404", async (key) => {
        const response = await send(key, ids, other.token)
        expect(response.status).toBe(404)
      })

      it("lists none of the first producer's products or orders", async () => {
        const { data: products } = await api.get("/producer/products", bearer(other.token))
        const { data: orders } = await api.get("/producer/orders", bearer(other.token))
        expect(products.products.map((p: { id: string }) => p.id)).not.toContain(ids.product)
        expect(orders.orders.map((o: { id: string }) => o.id)).not.toContain(ids.order)
        const { data: quotes } = await api.get("/producer/quotes", bearer(other.token))
        expect(quotes.quotes.map((q: { id: string }) => q.id)).not.toContain(ids.quote)
      })

      it("cannot check in the first producer's voucher (400 voucher_invalid) nor see its experiences", async () => {
        const response = await api
          .post("/producer/bookings/check-in", { code: ids.voucher }, bearer(other.token))
          .catch((e: any) => e.response)
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("voucher_invalid")
        const { data } = await api.get("/producer/experiences", bearer(other.token))
        expect(data.experiences.map((e: { id: string }) => e.id)).not.toContain(ids.experience)
        const { data: own } = await api.get(
          `/producer/experience-sessions/${ids.session}/bookings`,
          bearer(first.token)
        )
        expect(own.bookings[0].status).toBe("confirmed")
      })

      it("changed nothing of the first producer's", async () => {
        const { data } = await api.get(`/producer/products/${ids.product}`, bearer(first.token))
        expect(data.product).toMatchObject({ title: product.title, status: "proposed" })
        expect(data.product.images).toHaveLength(1)
        expect(data.product.variants[0]).toMatchObject({ price: 120000, stock: 10 })
        const { data: hosted } = await api.get(`/producer/experiences/${ids.experience}`, bearer(first.token))
        expect(hosted.experience.title_vi).toBe(experience.title_vi)
        const { data: session } = await api.get(`/producer/experience-sessions/${ids.session}`, bearer(first.token))
        expect(session.session.capacity).toBe(10)
        const { data: asked } = await api.get(`/producer/quotes/${ids.quote}`, bearer(first.token))
        expect(asked.quote).toMatchObject({ status: "requested", valid_until: null, messages: [] })
      })
    })

    describe("as a suspended producer", () => {
      // Its goods are off sale, but the orders it already has are owed to their buyers: it may
      // still take their steps (on its own order), and nothing else.
      const orderSteps = Object.keys(ROUTES).filter((key) => key.startsWith("POST /producer/orders/:id/"))
      const writes = Object.keys(ROUTES).filter(
        (key) => !key.startsWith("GET ") && !JOINING.has(key) && !orderSteps.includes(key)
      )
      it.each(writes)("%s answers 403", async (key) => {
        expect((await send(key, ids, suspended.token)).status).toBe(403)
      })

      it.each(orderSteps)("%s on its own order is not refused for the suspension", async (key) => {
        const response = await send(key, { ...ids, order: suspendedOrder }, suspended.token)
        expect(response.status).not.toBe(403)
        expect(response.status).toBeLessThan(500)
      })

      it.each(Object.keys(ROUTES).filter((key) => key.startsWith("GET ") && !ROUTES[key].owned))(
        "%s still reads (200)",
        async (key) => {
          expect((await send(key, ids, suspended.token)).status).toBe(200)
        }
      )

      it.each([...JOINING])("%s is refused: the sign-in already belongs to a producer (400)", async (key) => {
        const response = await send(key, ids, suspended.token)
        expect(response.status).toBe(400)
      })
    })
  },
})
