import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../src/modules/company"
import type CompanyModuleService from "../../../src/modules/company/service"
import { QUOTE_MODULE } from "../../../src/modules/quote"
import type QuoteModuleService from "../../../src/modules/quote/service"
import { BUYER_ADDRESS, stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { signInSeededProducer } from "../../utils/producer-orders"
import { companyBuyer, signedInCustomer } from "../../utils/quote-buyers"

const OUTBOX = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-outbox-"))
process.env.NOTIFICATION_OUTBOX_DIR = OUTBOX

type Headers = { headers: Record<string, string> }
type Buyer = Awaited<ReturnType<typeof companyBuyer>>

/** A day as YYYY-MM-DD, `days` from today in Vietnam. */
const dayFromToday = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let first: StockedVariant
    let second: StockedVariant
    let producer: Headers
    let buyer: Buyer
    let colleague: Headers
    let otherCompany: Buyer

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      ;[first, second] = await stockedVariantPerProducer(getContainer())
      producer = await signInSeededProducer(api, getContainer(), first.producer_id)
      buyer = await companyBuyer(api, getContainer(), store)
      otherCompany = await companyBuyer(api, getContainer(), store)
      // A second staff member of the buyer's company.
      const other = await signedInCustomer(api, store, "colleague")
      await getContainer()
        .resolve<CompanyModuleService>(COMPANY_MODULE)
        .createCompanyStaffs({ company_id: buyer.company_id, customer_id: other.customer_id, email: other.email })
      colleague = { headers: other.headers }
    }, 360_000)

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const quotes = (): QuoteModuleService => getContainer().resolve(QUOTE_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    async function requestQuote(by: Buyer = buyer, quantity = 40) {
      const { status, data } = await api.post(
        "/store/quotes",
        {
          producer_id: first.producer_id,
          items: [{ variant_id: first.variant_id, quantity }],
          wished_delivery_date: dayFromToday(14),
          note: "Giao trước Tết",
        },
        { headers: by.headers }
      )
      expect(status).toBe(201)
      return data.quote
    }

    async function answeredQuote(unitPrice = 55_000, by: Buyer = buyer) {
      const quote = await requestQuote(by)
      const { status } = await api.post(
        `/producer/quotes/${quote.id}/answer`,
        { lines: [{ id: quote.lines[0].id, unit_price: unitPrice }], valid_until: dayFromToday(7) },
        producer
      )
      expect(status).toBe(200)
      return quote
    }

    /** The e-mails with this template written to the outbox for `to` (sent after the request). */
    async function outbox(to: string, template: string) {
      return vi.waitFor(
        () => {
          const messages = fs
            .readdirSync(OUTBOX)
            .filter((f) => f.endsWith(".json"))
            .map((f) => JSON.parse(fs.readFileSync(path.join(OUTBOX, f), "utf8")))
            .filter((m) => m.to === to && m.template === template)
          if (!messages.length) throw new Error(`no ${template} e-mail to ${to} yet`)
          return messages
        },
        { timeout: 8_000, interval: 100 }
      )
    }

    /** Checks out a prepared cart as the storefront does: address, the producer's delivery, cash on delivery. */
    async function checkOut(cartId: string, headers: Headers) {
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: BUYER_ADDRESS, billing_address: BUYER_ADDRESS },
        headers
      )
      const {
        data: { shipping_options },
      } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
      const option = shipping_options.find(
        (o: any) => o.data?.producer_id === first.producer_id && o.type?.code === "standard"
      )
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, headers)
      const {
        data: { payment_collection },
      } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
      await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        headers
      )
      const { status, data } = await api.post(`/store/ocop/carts/${cartId}/complete`, {}, headers)
      expect(status).toBe(201)
      return data.order_group
    }

    describe("POST /store/quotes", () => {
      it("asks the producer for prices on its variants and e-mails the producer", async () => {
        const quote = await requestQuote()
        expect(quote).toMatchObject({
          status: "requested",
          company_id: buyer.company_id,
          producer_id: first.producer_id,
          note: "Giao trước Tết",
          valid_until: null,
          total: null,
          lines: [{ variant_id: first.variant_id, quantity: 40, unit_price: null }],
        })
        const [stored] = await quotes().listQuotes({ id: quote.id }, { relations: ["lines"] })
        expect(stored.customer_id).toBe(buyer.customer_id)
        expect(stored.lines).toHaveLength(1)
        const {
          data: [seller],
        } = await query().graph({ entity: "producer", fields: ["email"], filters: { id: first.producer_id } })
        const [email] = await outbox(seller.email, "quote-requested")
        expect(email.data.quote_id).toBe(quote.id)
      })

      it("refuses a variant of another producer, naming the line, and records nothing", async () => {
        const before = await quotes().listQuotes({ company_id: buyer.company_id })
        const { status, data } = await call(
          api.post(
            "/store/quotes",
            {
              producer_id: first.producer_id,
              items: [
                { variant_id: first.variant_id, quantity: 5 },
                { variant_id: second.variant_id, quantity: 5 },
              ],
            },
            { headers: buyer.headers }
          )
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^items\.1\.variant_id: /)
        expect(await quotes().listQuotes({ company_id: buyer.company_id })).toHaveLength(before.length)
      })

      it("refuses a quantity that is not a whole number above 0, naming it", async () => {
        const { status, data } = await call(
          api.post(
            "/store/quotes",
            { producer_id: first.producer_id, items: [{ variant_id: first.variant_id, quantity: 0 }] },
            { headers: buyer.headers }
          )
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^items\.0\.quantity/)
      })

      it("refuses a wished delivery day already over, or one that does not exist, naming it", async () => {
        for (const day of [dayFromToday(-1), "2027-02-30"]) {
          const { status, data } = await call(
            api.post(
              "/store/quotes",
              {
                producer_id: first.producer_id,
                items: [{ variant_id: first.variant_id, quantity: 5 }],
                wished_delivery_date: day,
              },
              { headers: buyer.headers }
            )
          )
          expect(status).toBe(400)
          expect(data.message).toMatch(/^wished_delivery_date/)
        }
      })

      it("refuses a consumer (no company) and the staff of a company not yet verified", async () => {
        const consumer = await signedInCustomer(api, store, "consumer")
        const pending = await companyBuyer(api, getContainer(), store, "pending")
        const body = { producer_id: first.producer_id, items: [{ variant_id: first.variant_id, quantity: 5 }] }
        for (const who of [consumer, pending]) {
          const { status, data } = await call(api.post("/store/quotes", body, { headers: who.headers }))
          expect(status).toBe(403)
          expect(data.code).toBe("quote_buyer_not_verified")
        }
        expect(await quotes().listQuotes({ company_id: pending.company_id })).toHaveLength(0)
        expect(await quotes().listQuotes({ customer_id: consumer.customer_id })).toHaveLength(0)
      })

      it("refuses a guest", async () => {
        const { status } = await call(api.get("/store/quotes", store))
        expect(status).toBe(401)
      })
    })

    describe("GET /store/quotes", () => {
      it("shows the company's quotes to every staff member of it, and not to another company", async () => {
        const quote = await requestQuote()
        const { data } = await api.get("/store/quotes?limit=100", colleague)
        expect(data.quotes.map((q: any) => q.id)).toContain(quote.id)
        const { data: detail } = await api.get(`/store/quotes/${quote.id}`, colleague)
        expect(detail.quote).toMatchObject({ id: quote.id, messages: [], producer: { id: first.producer_id } })

        const { data: theirs } = await api.get("/store/quotes?limit=100", { headers: otherCompany.headers })
        expect(theirs.quotes.map((q: any) => q.id)).not.toContain(quote.id)
        const { status } = await call(api.get(`/store/quotes/${quote.id}`, { headers: otherCompany.headers }))
        expect(status).toBe(404)
      })
    })

    describe("POST /store/quotes/:id/messages", () => {
      it("adds the buyer's message to the thread; another company's message to it is 404 and not kept", async () => {
        const quote = await requestQuote()
        const { status, data } = await api.post(
          `/store/quotes/${quote.id}/messages`,
          { body: "Có thể giao 2 đợt không?" },
          { headers: buyer.headers }
        )
        expect(status).toBe(201)
        expect(data.quote.messages).toEqual([
          expect.objectContaining({
            author: "customer",
            author_id: buyer.customer_id,
            body: "Có thể giao 2 đợt không?",
          }),
        ])
        const foreign = await call(
          api.post(`/store/quotes/${quote.id}/messages`, { body: "xin chào" }, { headers: otherCompany.headers })
        )
        expect(foreign.status).toBe(404)
        expect(await quotes().listQuoteMessages({ quote_id: quote.id })).toHaveLength(1)
      })

      it("refuses a message on an expired quote: it is read-only", async () => {
        const quote = await answeredQuote()
        await quotes().updateQuotes({ id: quote.id, valid_until: new Date(Date.now() - 1000) })
        const { status, data } = await call(
          api.post(`/store/quotes/${quote.id}/messages`, { body: "Còn không?" }, { headers: buyer.headers })
        )
        expect(status).toBe(409)
        expect(data).toMatchObject({ code: "quote_status" })
        expect(data.message).toMatch(/^status: the quote is expired/)
        expect(await quotes().listQuoteMessages({ quote_id: quote.id })).toHaveLength(0)
      })
    })

    describe("POST /store/quotes/:id/accept", () => {
      it("prepares a cart at the quoted price; its checkout makes the producer's order at that price and accepts the quote", async () => {
        const quote = await answeredQuote(55_000)
        const { status, data } = await api.post(`/store/quotes/${quote.id}/accept`, {}, { headers: buyer.headers })
        expect(status).toBe(200)
        expect(data.quote.status).toBe("answered")
        const {
          data: { cart },
        } = await api.get(`/store/carts/${data.cart_id}`, { headers: buyer.headers })
        expect(cart.customer_id).toBe(buyer.customer_id)
        expect(cart.metadata).toEqual({ quote_id: quote.id })
        expect(cart.items).toEqual([
          expect.objectContaining({ variant_id: first.variant_id, quantity: 40, unit_price: 55_000 }),
        ])
        const {
          data: [held],
        } = await query().graph({ entity: "cart", fields: ["items.is_custom_price"], filters: { id: data.cart_id } })
        expect(held.items?.[0]?.is_custom_price).toBe(true)
        // Accepting again before checking out answers the same cart.
        const again = await api.post(`/store/quotes/${quote.id}/accept`, {}, { headers: buyer.headers })
        expect(again.data.cart_id).toBe(data.cart_id)

        const group = await checkOut(data.cart_id, { headers: buyer.headers })
        expect(group.orders).toHaveLength(1)
        const [order] = group.orders
        expect(order.producer.id).toBe(first.producer_id)
        expect(order.items).toEqual([
          expect.objectContaining({ variant_id: first.variant_id, quantity: 40, unit_price: 55_000 }),
        ])
        const {
          data: [linked],
        } = await query().graph({
          entity: "order",
          fields: ["producer.id", "items.unit_price"],
          filters: { id: order.id },
        })
        expect(linked.producer?.id).toBe(first.producer_id)
        expect(Number(linked.items?.[0]?.unit_price)).toBe(55_000)

        const accepted = await vi.waitFor(
          async () => {
            const [stored] = await quotes().listQuotes({ id: quote.id })
            if (stored.status !== "accepted") throw new Error(`quote still ${stored.status}`)
            return stored
          },
          { timeout: 8_000, interval: 100 }
        )
        expect(accepted.order_ids).toEqual([order.id])
        const refused = await call(api.post(`/store/quotes/${quote.id}/accept`, {}, { headers: buyer.headers }))
        expect(refused.status).toBe(409)
      })

      it("refuses a quote past its valid_until, naming it, and prepares no cart", async () => {
        const quote = await answeredQuote()
        await quotes().updateQuotes({ id: quote.id, valid_until: new Date(Date.now() - 1000) })
        const { status, data } = await call(
          api.post(`/store/quotes/${quote.id}/accept`, {}, { headers: buyer.headers })
        )
        expect(status).toBe(400)
        expect(data).toMatchObject({ code: "quote_expired" })
        expect(data.message).toMatch(/^valid_until: /)
        const [stored] = await quotes().listQuotes({ id: quote.id })
        expect(stored).toMatchObject({ status: "answered", cart_id: null })
      })

      it("refuses a quote not yet answered with 409 naming its status", async () => {
        const quote = await requestQuote()
        const { status, data } = await call(
          api.post(`/store/quotes/${quote.id}/accept`, {}, { headers: buyer.headers })
        )
        expect(status).toBe(409)
        expect(data.message).toMatch(/^status: the quote is requested/)
      })

      it("answers 404 to another company and changes nothing", async () => {
        const quote = await answeredQuote()
        const { status } = await call(
          api.post(`/store/quotes/${quote.id}/accept`, {}, { headers: otherCompany.headers })
        )
        expect(status).toBe(404)
        const [stored] = await quotes().listQuotes({ id: quote.id })
        expect(stored).toMatchObject({ status: "answered", cart_id: null })
      })
    })

    describe("POST /store/quotes/:id/reject", () => {
      it("rejects with the reason; the quote is then read-only", async () => {
        const quote = await answeredQuote()
        const { status, data } = await api.post(
          `/store/quotes/${quote.id}/reject`,
          { reason: "Giá cao hơn dự kiến" },
          { headers: buyer.headers }
        )
        expect(status).toBe(200)
        expect(data.quote).toMatchObject({ status: "rejected", reject_reason: "Giá cao hơn dự kiến" })
        const accept = await call(api.post(`/store/quotes/${quote.id}/accept`, {}, { headers: buyer.headers }))
        expect(accept.status).toBe(409)
      })

      it("answers 404 to another company and changes nothing", async () => {
        const quote = await requestQuote()
        const { status } = await call(
          api.post(`/store/quotes/${quote.id}/reject`, { reason: "không cần" }, { headers: otherCompany.headers })
        )
        expect(status).toBe(404)
        expect((await quotes().listQuotes({ id: quote.id }))[0].status).toBe("requested")
      })
    })

    describe("POST /store/quotes/:id/request-again", () => {
      it("turns an expired quote back into a request with the buyer's message, its old prices cleared", async () => {
        const quote = await answeredQuote()
        await quotes().updateQuotes({ id: quote.id, valid_until: new Date(Date.now() - 1000) })
        const { status, data } = await api.post(
          `/store/quotes/${quote.id}/request-again`,
          { body: "Xin báo lại giá cho tháng sau" },
          { headers: buyer.headers }
        )
        expect(status).toBe(200)
        expect(data.quote).toMatchObject({ status: "requested", valid_until: null, total: null })
        expect(data.quote.lines[0].unit_price).toBeNull()
        expect(data.quote.messages).toEqual([expect.objectContaining({ body: "Xin báo lại giá cho tháng sau" })])
      })

      it("refuses a quote still waiting for its answer", async () => {
        const quote = await requestQuote()
        const { status } = await call(
          api.post(`/store/quotes/${quote.id}/request-again`, { body: "Nhanh lên" }, { headers: buyer.headers })
        )
        expect(status).toBe(409)
      })
    })
  },
})
