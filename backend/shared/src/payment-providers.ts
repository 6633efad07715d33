// Medusa's payment provider ids: `pp_<identifier>_<id in medusa-config>`. Payments, sessions and
// the store's settings carry them, so the backend and the storefront compare against these.

/** Medusa's system provider, which this store uses for cash on delivery. */
export const CASH_ON_DELIVERY_PROVIDER_ID = "pp_system_default"
/** A VietQR bank transfer (modules/payment-vietqr). */
export const BANK_TRANSFER_PROVIDER_ID = "pp_vietqr_vietqr"
/** A card through Medusa's Stripe provider. */
export const CARD_PROVIDER_ID = "pp_stripe_stripe"

/**
 * Pay on terms (thanh toán công nợ, modules/payment-terms): a verified company's staff order now and
 * pay the invoice within the company's net terms. Offered only to them (src/workflows/hooks/terms-credit.ts).
 */
export const TERMS_PROVIDER_ID = "pp_terms_terms"

/** Every provider the store enables, in the order it offers them; cash on delivery is the default. */
export const PAYMENT_PROVIDER_IDS = [
  CASH_ON_DELIVERY_PROVIDER_ID,
  BANK_TRANSFER_PROVIDER_ID,
  CARD_PROVIDER_ID,
  TERMS_PROVIDER_ID,
] as const
export type PaymentProviderId = (typeof PAYMENT_PROVIDER_IDS)[number]
