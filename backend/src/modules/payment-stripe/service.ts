import { createRequire } from "node:module"
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

export type CardPaymentOptions = StripeOptions & {
  /** Another address for Stripe's API (`http://127.0.0.1:12111`); unset: api.stripe.com. */
  apiHost?: string
}

// The client the provider package was built against (stripe 15), not the newer one hoisted for
// @medusajs/payment: the package's calls and API version are those of its own client.
const requireFromProvider = createRequire(require.resolve("@medusajs/payment-stripe"))
const Stripe: new (apiKey: string, config: Record<string, unknown>) => unknown = requireFromProvider("stripe")

/** Where the Stripe client sends its requests, in the client's own host/port/protocol terms. */
export function stripeHostConfig(apiHost: string) {
  const url = URL.canParse(apiHost) ? new URL(apiHost) : null
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new Error(`STRIPE_API_HOST: "${apiHost}" is not an http(s) address such as http://127.0.0.1:12111`)
  }
  const protocol = url.protocol.replace(":", "")
  return { host: url.hostname, port: url.port || (protocol === "http" ? "80" : "443"), protocol }
}

/**
 * Card payments: Medusa's Stripe provider unchanged (PaymentIntents, manual or automatic capture,
 * refunds, signed webhooks; VND sent as a zero-decimal amount), with one addition: its client can
 * talk to another host than api.stripe.com, so that it runs against a local stand-in where Stripe
 * cannot be reached. Provider id `pp_stripe_stripe`, as with the package itself.
 */
export class CardPaymentProvider extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: CardPaymentOptions) {
    super(cradle, options)
    if (options.apiHost) {
      this.stripe_ = new Stripe(options.apiKey, stripeHostConfig(options.apiHost)) as typeof this.stripe_
    }
  }
}
