import http from "node:http"
import { AddressInfo } from "node:net"
import { createRequire } from "node:module"

/** One request the Stripe client sent, its form body flattened as Stripe encodes it (`metadata[session_id]`). */
export type StripeRequest = {
  method: string
  path: string
  body: Record<string, string>
  headers: http.IncomingHttpHeaders
}

type PaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: string
  client_secret: string
  status: string
  metadata: Record<string, string>
  payment_method: string | null
  last_payment_error: null
  created: number
}

// The client the provider package uses, to sign test webhooks exactly as Stripe does.
const Stripe = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")

/**
 * A local HTTP stand-in for the parts of Stripe's API that Medusa's Stripe provider calls
 * (payment intents: create, retrieve, update, capture, cancel; refunds), so that the real client
 * code runs where api.stripe.com cannot be reached. It records every request for the tests.
 */
export async function startStripeStandIn() {
  const apiKey = "sk_test_ocop_stand_in"
  const requests: StripeRequest[] = []
  const intents = new Map<string, PaymentIntent>()
  let serial = 0
  const newId = (prefix: string) => `${prefix}_standin${String(++serial).padStart(8, "0")}`

  const fail = (res: http.ServerResponse, status: number, error: Record<string, unknown>) =>
    send(res, status, { error: { type: "invalid_request_error", ...error } })
  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "request-id": newId("req") })
    res.end(JSON.stringify(body))
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stand-in")
      const body = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")))
      requests.push({ method: req.method ?? "GET", path: url.pathname, body, headers: req.headers })
      if (req.headers.authorization !== `Bearer ${apiKey}`)
        return fail(res, 401, { message: "Invalid API Key provided" })

      const [, version, resource, id, action] = url.pathname.split("/")
      if (version !== "v1")
        return fail(res, 404, { message: `Unrecognized request URL (${req.method}: ${url.pathname})` })
      if (resource === "payment_intents" && !id && req.method === "POST") {
        const intentId = newId("pi")
        const metadata = Object.fromEntries(
          Object.entries(body).flatMap(([k, v]) => (k.startsWith("metadata[") ? [[k.slice(9, -1), v]] : []))
        )
        const intent: PaymentIntent = {
          id: intentId,
          object: "payment_intent",
          amount: Number(body.amount),
          amount_capturable: 0,
          amount_received: 0,
          currency: body.currency,
          capture_method: body.capture_method ?? "automatic",
          client_secret: `${intentId}_secret_standin`,
          status: "requires_payment_method",
          metadata,
          payment_method: null,
          last_payment_error: null,
          created: Math.floor(Date.now() / 1000),
        }
        intents.set(intentId, intent)
        return send(res, 200, intent)
      }
      if (resource === "payment_intents" && id) {
        const intent = intents.get(id)
        if (!intent)
          return fail(res, 404, {
            code: "resource_missing",
            message: `No such payment_intent: '${id}'`,
            param: "intent",
          })
        if (!action && req.method === "GET") return send(res, 200, intent)
        if (!action && req.method === "POST") {
          if (body.amount) intent.amount = Number(body.amount)
          return send(res, 200, intent)
        }
        if (action === "capture") {
          if (intent.status !== "requires_capture") {
            return fail(res, 400, {
              code: "payment_intent_unexpected_state",
              message: `This PaymentIntent could not be captured because it has a status of ${intent.status}.`,
              payment_intent: intent,
            })
          }
          Object.assign(intent, {
            status: "succeeded",
            amount_received: Number(body.amount_to_capture ?? intent.amount_capturable),
            amount_capturable: 0,
          })
          return send(res, 200, intent)
        }
        if (action === "cancel") {
          if (intent.status === "succeeded" || intent.status === "canceled") {
            return fail(res, 400, {
              code: "payment_intent_unexpected_state",
              message: `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
              payment_intent: intent,
            })
          }
          Object.assign(intent, { status: "canceled", amount_capturable: 0 })
          return send(res, 200, intent)
        }
      }
      if (resource === "refunds" && !id && req.method === "POST") {
        const intent = intents.get(body.payment_intent)
        if (!intent)
          return fail(res, 404, {
            code: "resource_missing",
            message: `No such payment_intent: '${body.payment_intent}'`,
            param: "payment_intent",
          })
        const amount = Number(body.amount ?? intent.amount_received)
        if (amount > intent.amount_received)
          return fail(res, 400, {
            code: "amount_too_large",
            message: "Refund amount is greater than the amount captured",
            param: "amount",
          })
        return send(res, 200, {
          id: newId("re"),
          object: "refund",
          amount,
          currency: intent.currency,
          payment_intent: intent.id,
          status: "succeeded",
        })
      }
      return fail(res, 404, { message: `Unrecognized request URL (${req.method}: ${url.pathname})` })
    })
  })

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    apiKey,
    host: `http://127.0.0.1:${port}`,
    requests,
    intent: (id: string) => intents.get(id),
    /** What the buyer's browser does with Stripe.js and a card that is accepted: the intent is confirmed. */
    confirmCard(id: string) {
      const intent = intents.get(id)!
      const manual = intent.capture_method === "manual"
      Object.assign(intent, {
        payment_method: newId("pm"),
        status: manual ? "requires_capture" : "succeeded",
        amount_capturable: manual ? intent.amount : 0,
        amount_received: manual ? 0 : intent.amount,
      })
      return intent
    },
    /** Captures in the Stripe dashboard, outside Medusa (it then hears of it by webhook). */
    captureInDashboard(id: string) {
      const intent = intents.get(id)!
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount_capturable, amount_capturable: 0 })
      return intent
    },
    /** A webhook event body and its `stripe-signature` header, signed with `secret` as Stripe signs them. */
    signedEvent(type: string, object: unknown, secret: string) {
      const payload = JSON.stringify({
        id: newId("evt"),
        object: "event",
        type,
        api_version: "2024-04-10",
        created: Math.floor(Date.now() / 1000),
        data: { object },
      })
      return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }) as string }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type StripeStandIn = Awaited<ReturnType<typeof startStripeStandIn>>
