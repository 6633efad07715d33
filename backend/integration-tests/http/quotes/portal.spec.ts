import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { QUOTE_MODULE } from "../../../src/modules/quote"
import type QuoteModuleService from "../../../src/modules/quote/service"
import { stockedVariantPerProducer, type StockedVariant } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { signInSeededProducer } from "../../utils/producer-orders"
import { companyBuyer } from "../../utils/quote-buyers"
import expireQuotes from "../../../src/jobs/expire-quotes"

const OUTBOX = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-outbox-"))
process.env.NOTIFICATION_OUTBOX_DIR = OUTBOX

type Headers = { headers: Record<string, string> }

/** A day as YYYY-MM-DD, `days` from today in Vietnam. */
const dayFromToday = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let first: StockedVariant
    let second: StockedVariant
    let producer: Headers
    let member: Headers
    let otherProducer: Headers
    let buyer: Awaited<ReturnType<typeof companyBuyer>>

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      const store = { headers: { "x-publishable-api-key": setup.publishableKey } }
      ;[first, second] = await stockedVariantPerProducer(getContainer())
      const owner = await signInSeededProducer(api, getContainer(), first.producer_id)
      producer = { headers: owner.headers }
      member = { headers: (await signInSeededProducer(api, getContainer(), first.producer_id, "member")).headers }
      otherProducer = { headers: (await signInSeededProducer(api, getContainer(), second.producer_id)).headers }
      buyer = await companyBuyer(api, getContainer(), store)
    }, 360_000)

    const call = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const quotes = (): QuoteModuleService => getContainer().resolve(QUOTE_MODULE)

    async function requestQuote() {
      const { data } = await api.post(
        "/store/quotes",
        { producer_id: first.producer_id, items: [{ variant_id: first.variant_id, quantity: 24 }] },
        { headers: buyer.headers }
      )
      return data.quote
    }

    const answer = (quote: any, unitPrice: number, validUntil = dayFromToday(10)) => ({
      lines: [{ id: quote.lines[0].id, unit_price: unitPrice }],
      valid_until: validUntil,
    })

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

    describe("GET /producer/quotes", () => {
      it("lists the producer's quotes with the asking company, filtered by status; another producer sees none", async () => {
        const quote = await requestQuote()
        const { status, data } = await api.get("/producer/quotes?status=requested&limit=100", member)
        expect(status).toBe(200)
        const listed = data.quotes.find((q: any) => q.id === quote.id)
        expect(listed).toMatchObject({ status: "requested", company: { id: buyer.company_id } })
        const { data: answered } = await api.get("/producer/quotes?status=answered&limit=100", producer)
        expect(answered.quotes.map((q: any) => q.id)).not.toContain(quote.id)
        const { data: theirs } = await api.get("/producer/quotes?limit=100", otherProducer)
        expect(theirs.quotes.map((q: any) => q.id)).not.toContain(quote.id)
      })

      it("refuses an unknown status, naming it", async () => {
        const { status, data } = await call(api.get("/producer/quotes?status=open", producer))
        expect(status).toBe(400)
        expect(data.message).toMatch(/^status/)
      })
    })

    describe("GET /producer/quotes/:id", () => {
      it("shows the producer its quote and answers 404 to another producer", async () => {
        const quote = await requestQuote()
        const { data } = await api.get(`/producer/quotes/${quote.id}`, producer)
        expect(data.quote).toMatchObject({ id: quote.id, lines: [{ quantity: 24, unit_price: null }], messages: [] })
        // The buyer's prepared cart is not the producer's to see.
        expect(data.quote).not.toHaveProperty("cart_id")
        expect((await call(api.get(`/producer/quotes/${quote.id}`, otherProducer))).status).toBe(404)
      })
    })

    describe("POST /producer/quotes/:id/answer", () => {
      it("prices the lines until the end of the chosen day in Vietnam and e-mails the buyer", async () => {
        const quote = await requestQuote()
        const day = dayFromToday(10)
        const { status, data } = await api.post(
          `/producer/quotes/${quote.id}/answer`,
          answer(quote, 48_000, day),
          producer
        )
        expect(status).toBe(200)
        expect(data.quote).toMatchObject({ status: "answered", total: 24 * 48_000 })
        expect(data.quote.lines[0].unit_price).toBe(48_000)
        const [stored] = await quotes().listQuotes({ id: quote.id })
        expect(new Date(stored.valid_until as Date).toISOString()).toBe(`${day}T16:59:59.999Z`)
        const [email] = await outbox(buyer.email, "quote-answered")
        expect(email.data.quote_id).toBe(quote.id)
      })

      it("refuses a price of 0, naming the line's unit_price, and changes nothing", async () => {
        const quote = await requestQuote()
        const { status, data } = await call(api.post(`/producer/quotes/${quote.id}/answer`, answer(quote, 0), producer))
        expect(status).toBe(400)
        expect(data.message).toMatch(/^lines\.0\.unit_price/)
        const [line] = await quotes().listQuoteLines({ quote_id: quote.id })
        expect(line.unit_price).toBeNull()
      })

      it("refuses a valid_until already over in Vietnam", async () => {
        const quote = await requestQuote()
        const { status, data } = await call(
          api.post(`/producer/quotes/${quote.id}/answer`, answer(quote, 50_000, dayFromToday(-1)), producer)
        )
        expect(status).toBe(400)
        expect(data.message).toMatch(/^valid_until: /)
        expect((await quotes().listQuotes({ id: quote.id }))[0]).toMatchObject({
          status: "requested",
          valid_until: null,
        })
      })

      it("refuses a line that is not the quote's, naming it", async () => {
        const quote = await requestQuote()
        const body = { lines: [{ id: "qlin_unknown", unit_price: 50_000 }], valid_until: dayFromToday(5) }
        const { status, data } = await call(api.post(`/producer/quotes/${quote.id}/answer`, body, producer))
        expect(status).toBe(400)
        expect(data.message).toMatch(/^lines\.0\.id: /)
      })

      it("answers 404 to another producer and changes nothing", async () => {
        const quote = await requestQuote()
        const { status } = await call(
          api.post(`/producer/quotes/${quote.id}/answer`, answer(quote, 1_000), otherProducer)
        )
        expect(status).toBe(404)
        const [line] = await quotes().listQuoteLines({ quote_id: quote.id })
        expect(line.unit_price).toBeNull()
        expect((await quotes().listQuotes({ id: quote.id }))[0].status).toBe("requested")
      })

      it("refuses to answer a rejected quote (409)", async () => {
        const quote = await requestQuote()
        await api.post(`/store/quotes/${quote.id}/reject`, { reason: "Không cần nữa" }, { headers: buyer.headers })
        const { status, data } = await call(
          api.post(`/producer/quotes/${quote.id}/answer`, answer(quote, 50_000), producer)
        )
        expect(status).toBe(409)
        expect(data).toMatchObject({ code: "quote_status" })
      })
    })

    describe("the expire-quotes job", () => {
      it("records expired on answers past valid_until and leaves valid answers and requests alone", async () => {
        const lapsed = await requestQuote()
        const valid = await requestQuote()
        const waiting = await requestQuote()
        for (const quote of [lapsed, valid]) {
          await api.post(`/producer/quotes/${quote.id}/answer`, answer(quote, 50_000), producer)
        }
        await quotes().updateQuotes({ id: lapsed.id, valid_until: new Date(Date.now() - 1000) })
        await expireQuotes(getContainer())
        const stored = await quotes().listQuotes({ id: [lapsed.id, valid.id, waiting.id] })
        const statusOf = (id: string) => stored.find((quote) => quote.id === id)?.status
        expect([statusOf(lapsed.id), statusOf(valid.id), statusOf(waiting.id)]).toEqual([
          "expired",
          "answered",
          "requested",
        ])
      })
    })

    describe("POST /producer/quotes/:id/messages", () => {
      it("adds the producer's message by the signed-in member; another producer gets 404", async () => {
        const quote = await requestQuote()
        const { status, data } = await api.post(
          `/producer/quotes/${quote.id}/messages`,
          { body: "Chúng tôi giao được trong 5 ngày" },
          producer
        )
        expect(status).toBe(201)
        expect(data.quote.messages).toEqual([
          expect.objectContaining({ author: "producer", body: "Chúng tôi giao được trong 5 ngày" }),
        ])
        const foreign = await call(
          api.post(`/producer/quotes/${quote.id}/messages`, { body: "xin chào" }, otherProducer)
        )
        expect(foreign.status).toBe(404)
        expect(await quotes().listQuoteMessages({ quote_id: quote.id })).toHaveLength(1)
      })

      it("refuses an empty message, naming body", async () => {
        const quote = await requestQuote()
        const { status, data } = await call(api.post(`/producer/quotes/${quote.id}/messages`, { body: "  " }, producer))
        expect(status).toBe(400)
        expect(data.message).toMatch(/^body/)
      })
    })
  },
})
