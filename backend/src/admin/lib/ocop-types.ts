import type { InferTypeOf } from "@medusajs/framework/types"
import type { CertificateStatus, LegalForm } from "@ocop/shared"
import type { MatchedTransfer, MismatchReason, StatementMismatch } from "../../lib/bank-statement/match-statement"
import type { paymentStatus } from "../../lib/order-group-view"
import type { FulfilmentStatus } from "../../lib/producer-order-status"
import type { OcopCertificate } from "../../modules/ocop/models/certificate"
import type { OcopCertificateRequest } from "../../modules/ocop/models/certificate-request"
import type { OcopOrigin } from "../../modules/ocop/models/origin"
import type { FormerDistrictOfCommune } from "../../modules/place/models/commune"
import type { Producer as ProducerModel } from "../../modules/producer/models/producer"

/** A model as it arrives over JSON: dates are ISO strings. */
type Serialized<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K]
}

export type { CertificateStatus, LegalForm }

export type Certificate = Serialized<
  Omit<InferTypeOf<typeof OcopCertificate>, "notified_90_days_at" | "notified_30_days_at" | "notified_expired_at">
> & { status: CertificateStatus }

export type CertificateListEntry = Certificate & {
  product: {
    id: string
    title: string
    handle: string
    producer: { id: string; name: string } | null
    ocop_origin: { province_name: string; former_district: string | null } | null
  } | null
}

export type Origin = Serialized<InferTypeOf<typeof OcopOrigin>>

export type Producer = Serialized<InferTypeOf<typeof ProducerModel>>
export type ProducerStatus = Producer["status"]
export type ProducerListEntry = Producer & { product_count: number }
export type ProducerDetail = Producer & {
  products: { id: string; title: string; handle: string; status: string }[] | null
}

export type ProductOcop = {
  id: string
  title: string
  producer: Pick<Producer, "id" | "name" | "handle" | "legal_form" | "status"> | null
  certificates: Certificate[]
  current_certificate_id: string | null
  ocop_origin: Origin | null
}

export type Province = { code: string; name: string; place_type: string }
export type Commune = {
  code: string
  name: string
  province_code: string
  former_districts: FormerDistrictOfCommune[]
  default_former_district: string | null
}

export type CertificateFilters = {
  status?: CertificateStatus
  stars?: number
  group?: string
  limit: number
  offset: number
}

export type ProducerFilters = { q?: string; status?: ProducerStatus; limit: number; offset: number }

export type CreateCertificateBody = {
  product_id: string
  certificate_number: string
  decision_number: string
  decision_date: string
  issuing_body: string
  level: Certificate["level"]
  score: number
  product_set: number
  programme_year?: number
}

export type SetOriginBody = {
  province_code: string
  commune_code: string
  former_district?: string
  growing_area_code?: string
  traceability_code?: string
}

/** A producer's product in the office's review queue (GET /admin/ocop/listings). */
export type ListingReviewStatus = "proposed" | "published" | "rejected"
export type ListingEntry = {
  id: string
  title: string
  title_en: string | null
  handle: string
  status: ListingReviewStatus
  thumbnail: string | null
  review_reason: string | null
  created_at: string
  producer: Pick<Producer, "id" | "name" | "handle"> | null
}
export type ListingFilters = { status?: ListingReviewStatus; limit: number; offset: number }

/** A producer's certificate scan (GET /admin/ocop/certificate-requests). */
export type CertificateRequest = Serialized<Omit<InferTypeOf<typeof OcopCertificateRequest>, "file_key">>
export type CertificateRequestStatus = CertificateRequest["status"]
export type CertificateRequestEntry = CertificateRequest & {
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  producer: Pick<Producer, "id" | "name" | "handle"> | null
}
export type CertificateRequestFilters = { status?: CertificateRequestStatus; limit: number; offset: number }

export type CheckoutPaymentStatus = ReturnType<typeof paymentStatus>
export type { FulfilmentStatus }

/** A checkout as GET /admin/ocop/order-groups lists it: the parent order holds the payment. */
export type OrderGroupEntry = {
  id: string
  created_at: string
  email: string | null
  currency_code: string
  total: number
  parent_order: { id: string; display_id: number | null }
  payment_status: CheckoutPaymentStatus
  payment: { provider_id: string; amount: number; captured_amount: number; reference: string | null } | null
  orders: {
    id: string
    display_id: number
    status: string
    fulfilment_status: FulfilmentStatus
    total: number
    producer: { id: string; name: string } | null
  }[]
}

export type OrderGroupFilters = { q?: string; order_id?: string; limit?: number; offset?: number }

export type { MismatchReason, MatchedTransfer, StatementMismatch }
/** A credit that quoted an invoice reference (công nợ) and was recorded against that invoice. */
export type InvoicePaymentLine = {
  line: number
  reference: string
  invoice_id: string
  amount: number
  description: string
  settles: boolean
}

export type BankStatementImport = {
  matched: MatchedTransfer[]
  mismatches: StatementMismatch[]
  invoice_payments?: InvoicePaymentLine[]
}
