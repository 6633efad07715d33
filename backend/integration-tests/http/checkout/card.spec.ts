import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders } from "../../utils/admin"
import { readyCart, StockedVariant, stockedVariantPerProducer } from "../../utils/checkout"
import { setupSeededMarketplace } from "../../utils/marketplace"
import { startStripeStandIn, StripeStandIn } from "../../utils/stripe-stand-in"

const WEBHOOK_SECRET = "whsec_ocop_card_test"
let stripe: StripeStandIn

// Stripe's servers cannot be reached: the provider's real client talks to a local stand-in.
// This file-level hook runs before the runner's, which boots the app and so reads medusa-config.ts.
beforeAll(async () => {
  stripe = await startStripeStandIn()
  process.env.STRIPE_API_KEY = stripe.apiKey
  process.env.STRIPE_API_HOST = stripe.host
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
})
afterAll(() => stripe.close())

const CARD = "pp_stripe_stripe"
type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Headers
    let regionId: string
    let variants: StockedVariant[]

    beforeAll(async () => {
      const setup = await setupSeededMarketplace(getContainer())
      headers = { headers: { "x-publishable-api-key": setup.publishableKey } }
      regionId = setup.regionId
      variants = await stockedVariantPerProducer(getContainer())
      expect(variants.length).toBeGreaterThanOrEqual(4)
    }, 360_000)

    const failure = (promise: Promise<any>) => promise.catch((e: any) => e.response)
    const intentCreations = () => stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents")
    const sessionIntent = (paymentCollection: any) =>
      paymentCollection.payment_sessions.find((s: any) => s.provider_id === CARD).data

    /** A card checkout of these producers' goods whose card the buyer has confirmed in the browser. */
    async function cardCheckout(items: StockedVariant[]) {
      const cart = await readyCart(api, headers, regionId, items, CARD)
      const intent = stripe.confirmCard(sessionIntent(cart.paymentCollection).id)
      const { status, data } = await api.post(`/store/ocop/carts/${cart.cartId}/complete`, {}, headers)
      expect(status).toBe(201)
      return { group: data.order_group, intent, total: cart.total }
    }

    const paymentOf = async (group: any) => {
      const {
        data: [parent],
      } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: [
            "payment_collections.payments.id",
            "payment_collections.payments.captured_at",
            "payment_collections.payments.captures.amount",
            "payment_collections.payments.refunds.amount",
          ],
          filters: { id: group.parent_order_id },
        })
      return (parent as any).payment_collections[0].payments[0]
    }

    const postWebhook = (payload: string, signature?: string) =>
      failure(
        api.post("/hooks/payment/stripe_stripe", payload, {
          headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
        })
      )

    describe("card checkout through Stripe", () => {
      it("offers the card in the region", async () => {
        const { data } = await api.get(`/store/payment-providers?region_id=${regionId}`, headers)
        expect(data.payment_providers.map((p: any) => p.id)).toContain(CARD)
      })

      it("creates a PaymentIntent for the cart's total in whole đồng (VND has no minor unit), to be captured later", async () => {
        const before = intentCreations().length
        const cart = await readyCart(api, headers, regionId, variants.slice(0, 2), CARD)
        const created = intentCreations().slice(before)
        expect(created).toHaveLength(1)
        expect(created[0].body).toMatchObject({ amount: String(cart.total), currency: "vnd", capture_method: "manual" })
        expect(cart.total).toBeGreaterThan(10_000)
        expect(created[0].headers.authorization).toBe(`Bearer ${stripe.apiKey}`)
        // The buyer's browser confirms the card with this secret (Stripe.js).
        const intent = sessionIntent(cart.paymentCollection)
        expect(intent.client_secret).toBe(stripe.intent(intent.id)!.client_secret)
        expect(created[0].body["metadata[session_id]"]).toBe(cart.paymentCollection.payment_sessions[0].id)
      })

      it("does not place the order while the card is not confirmed, and charges nothing", async () => {
        const cart = await readyCart(api, headers, regionId, variants.slice(0, 1), CARD)
        const { status, data: answer } = await failure(
          api.post(`/store/ocop/carts/${cart.cartId}/complete`, {}, headers)
        )
        expect(status).toBe(400)
        expect(answer).toMatchObject({
          type: "payment_not_authorized",
          code: "payment_not_authorized",
          message: expect.stringMatching(/^payment: /),
        })
        const { data } = await api.get(`/store/carts/${cart.cartId}?fields=completed_at`, headers)
        expect(data.cart.completed_at).toBeNull()
        expect(
          stripe.requests.some(
            (r) => r.path.endsWith("/capture") && r.path.includes(sessionIntent(cart.paymentCollection).id)
          )
        ).toBe(false)
      })

      it("places a confirmed card checkout of 2 producers as one order group whose payment is authorized for the total", async () => {
        const { group, intent, total } = await cardCheckout(variants.slice(0, 2))
        expect(group.orders).toHaveLength(2)
        expect(Number(group.total)).toBe(total)
        expect(group.payment).toMatchObject({ provider_id: CARD, captured_at: null, bank_transfer: null })
        expect(Number(group.payment.amount)).toBe(total)
        expect(group.payment_status).toBe("authorized")
        expect(stripe.intent(intent.id)!.status).toBe("requires_capture")
        // The buyer's view of the order carries nothing of the PaymentIntent, its secret least of all.
        const { data } = await api.get(`/store/ocop/order-groups/${group.id}`, headers)
        expect(JSON.stringify(data)).not.toContain(intent.client_secret)
        expect(JSON.stringify(data)).not.toContain(intent.id)
      })

      it("captures the whole amount at Stripe when the office captures the payment", async () => {
        const { group, intent, total } = await cardCheckout(variants.slice(1, 3))
        const payment = await paymentOf(group)
        const { status } = await api.post(
          `/admin/payments/${payment.id}/capture`,
          {},
          await adminHeaders(api, getContainer())
        )
        expect(status).toBe(200)
        expect(stripe.requests.filter((r) => r.path === `/v1/payment_intents/${intent.id}/capture`)).toHaveLength(1)
        expect(stripe.intent(intent.id)).toMatchObject({ status: "succeeded", amount_received: total })
        const { data } = await api.get(`/store/ocop/order-groups/${group.id}`, headers)
        expect(data.order_group.payment_status).toBe("captured")
      })

      it("refunds part of a captured card payment at Stripe, in whole đồng", async () => {
        const { group, intent } = await cardCheckout(variants.slice(2, 3))
        const payment = await paymentOf(group)
        const admin = await adminHeaders(api, getContainer())
        await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
        const { status } = await api.post(`/admin/payments/${payment.id}/refund`, { amount: 25_000 }, admin)
        expect(status).toBe(200)
        const refunds = stripe.requests.filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === intent.id)
        expect(refunds.map((r) => r.body.amount)).toEqual(["25000"])
        expect((await paymentOf(group)).refunds.map((r: any) => Number(r.amount))).toEqual([25_000])
      })
    })

    describe("POST /hooks/payment/stripe_stripe", () => {
      it("refuses an event with a bad signature or none with 400, and changes nothing", async () => {
        const { group, intent } = await cardCheckout(variants.slice(3, 4))
        const captured = stripe.captureInDashboard(intent.id)
        const forged = stripe.signedEvent("payment_intent.succeeded", captured, "whsec_someone_else")
        const bad = await postWebhook(forged.payload, forged.signature)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^stripe-signature/)
        const unsigned = await postWebhook(forged.payload)
        expect(unsigned.status).toBe(400)
        const signed = stripe.signedEvent("payment_intent.succeeded", captured, WEBHOOK_SECRET)
        const tampered = await postWebhook(
          signed.payload.replace(`"amount_received":${captured.amount_received}`, '"amount_received":1'),
          signed.signature
        )
        expect(tampered.status).toBe(400)

        // Medusa handles accepted events 5 s after they arrive; none of these may have arrived.
        await new Promise((r) => setTimeout(r, 7_000))
        const payment = await paymentOf(group)
        expect(payment.captured_at).toBeNull()
        expect(payment.captures ?? []).toEqual([])
      }, 30_000)

      it("records the capture made in the Stripe dashboard from a correctly signed payment_intent.succeeded", async () => {
        const { group, intent, total } = await cardCheckout(variants.slice(0, 1))
        const captured = stripe.captureInDashboard(intent.id)
        const signed = stripe.signedEvent("payment_intent.succeeded", captured, WEBHOOK_SECRET)
        const { status } = await postWebhook(signed.payload, signed.signature)
        expect(status).toBe(200)

        let payment = await paymentOf(group)
        for (let i = 0; i < 40 && !payment.captured_at; i++) {
          await new Promise((r) => setTimeout(r, 500))
          payment = await paymentOf(group)
        }
        expect(payment.captures.map((c: any) => Number(c.amount))).toEqual([total])
        const { data } = await api.get(`/store/ocop/order-groups/${group.id}`, headers)
        expect(data.order_group.payment_status).toBe("captured")
      }, 40_000)
    })
  },
})
