// What the backend's `/producer/*` routes answer (docs/producer-portal-api.md). `Timestamp` is a
// string in JSON; the backend builds the same shapes from rows whose dates are still `Date`s.
import type { CertificateStatus } from "../certificate-validity"

export type ListingStatus = "proposed" | "published" | "rejected" | "draft"

export type ListingVariant = {
  id: string
  title: string
  sku: string | null
  /** In đồng; null before the producer sets one. */
  price: number | null
  /** Stocked at the producer's own location, and what of it is not reserved by open orders. */
  stock: number
  available: number
  /** The variant's order limits as the producer set them (quantity-limits.ts reads them), or null. */
  min_quantity: number | null
  max_quantity: number | null
}

export type ListingImage = { id: string; url: string; sizes: Record<string, string> }

export type Listing<Timestamp = string> = {
  id: string
  title: string
  title_en: string | null
  subtitle: string | null
  description: string | null
  description_en: string | null
  handle: string
  status: ListingStatus
  review_reason: string | null
  archived_at: string | null
  product_set: number | null
  thumbnail: string | null
  images: ListingImage[]
  variants: ListingVariant[]
  origin: {
    province_code: string
    commune_code: string
    growing_area_code: string | null
    traceability_code: string | null
  } | null
  certificate: {
    number: string
    stars: number
    level: string
    decision_date: Timestamp
    expires_at: Timestamp
    status: CertificateStatus
  } | null
  created_at: Timestamp
  updated_at: Timestamp
}

/** How a producer order's buyer pays: cash on delivery, a VietQR transfer, a card, or on terms (an invoice after delivery). */
export type ProducerPaymentMethod = "cod" | "bank_transfer" | "card" | "terms"

/** `awaiting_payment`: a bank transfer not received yet (packing waits for it); `authorized`: COD to collect, or a card held. */
export type ProducerPaymentStatus =
  "not_paid" | "awaiting_payment" | "authorized" | "captured" | "refunded" | "canceled"

export type SalesFigure = { total: number; orders: number }

/** The portal's dashboard (GET /producer/dashboard). */
export type ProducerDashboard<Timestamp = string> = {
  sales: { today: SalesFigure; last_7_days: SalesFigure; last_30_days: SalesFigure }
  orders_to_fulfil: number
  orders_awaiting_payment: number
  low_stock: {
    product_id: string
    variant_id: string
    title: string
    variant_title: string
    sku: string | null
    available: number
  }[]
  expiring_certificates: { product_id: string; title: string; number: string; stars: number; expires_at: Timestamp }[]
}
