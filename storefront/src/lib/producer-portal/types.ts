/** The portal's view of the backend's `/producer/*` answers (docs/producer-portal-api.md); listings are in @ocop/shared. */
import {
  FULFILMENT_STATUSES,
  type FulfilmentStatus,
  type InvoiceBuyer,
  type LegalForm,
  type ProducerPaymentMethod,
  type ProducerPaymentStatus,
} from "@ocop/shared"

export type ProducerStatus = "pending" | "active" | "rejected" | "suspended"

export type OwnProducer = {
  id: string
  name: string
  handle: string
  legal_form: LegalForm
  tax_code: string
  representative: string
  women_led: boolean
  ethnic_minority_led: boolean
  ethnic_group: string | null
  phone: string
  email: string
  province_code: string
  commune_code: string
  street: string | null
  story_vi: string | null
  story_en: string | null
  logo_url: string | null
  status: ProducerStatus
  status_reason: string | null
  shipping_fee: number
  free_shipping_threshold: number | null
}

export type ProducerMember = { id: string; email: string; name: string | null; role: "owner" | "member" }
export type ProducerInvite = { id: string; email: string; expires_at: string }
export type ProducerMe = { producer: OwnProducer; member: ProducerMember }

export { FULFILMENT_STATUSES, type FulfilmentStatus }

export type ProducerOrder = {
  id: string
  display_id: number
  created_at: string
  fulfilment_status: FulfilmentStatus
  email: string
  shipping_address: {
    first_name: string | null
    last_name: string | null
    phone: string | null
    address_1: string | null
    city: string | null
    province: string | null
  } | null
  items: {
    id: string
    title: string
    variant_title: string | null
    quantity: number
    unit_price: number
    total: number
  }[]
  subtotal: number
  shipping_total: number
  total: number
  payment_method: ProducerPaymentMethod
  payment_status: ProducerPaymentStatus
  // The buyer's delivery note ("Gọi trước khi giao"), or null.
  note: string | null
  carrier: string | null
  tracking_number: string | null
  cancel_reason: string | null
  // Whom the VAT e-invoice names, as it was at ordering; null when the buyer asked for none.
  invoice_buyer: InvoiceBuyer | null
}

export type CertificateRequest = {
  id: string
  product_id: string
  product_title: string | null
  file_name: string
  mime_type: string
  note: string | null
  status: "pending" | "approved" | "rejected"
  reason: string | null
  created_at: string
}
