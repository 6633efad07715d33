import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

const CARD_PROVIDER = "stripe_stripe"

/**
 * Medusa's webhook route answers 200 to anything and checks the signature later, in a subscriber,
 * where a forged or garbled event is only logged. Checked here first, with the provider's own
 * verification, a bad signature gets its 400 (Stripe then shows the failed delivery and retries)
 * and never becomes an event.
 */
async function verifyCardWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await req.scope.resolve(Modules.PAYMENT).getWebhookActionAndData({
      provider: CARD_PROVIDER,
      payload: {
        data: req.body as Record<string, unknown>,
        rawData: req.rawBody,
        headers: req.headers as Record<string, unknown>,
      },
    })
  } catch (error) {
    res.status(400).json({ type: "invalid_signature", message: `stripe-signature: ${(error as Error).message}` })
    return
  }
  next()
}

export const paymentHookMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: `/hooks/payment/${CARD_PROVIDER}`, middlewares: [verifyCardWebhook] },
]
