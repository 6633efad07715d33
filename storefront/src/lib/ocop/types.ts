import type { HttpTypes } from "@medusajs/types"
import type { CertificateStatus, LegalForm } from "@ocop/shared"

// The OCOP fields the backend's store API adds to products, and its producer page, as they
// arrive in JSON (dates are ISO strings). The storefront may not import backend code; what both
// sides need comes from @ocop/shared.

export type CertifyingLevel = "district" | "province" | "central"

export type OcopCertificate = {
  id: string
  certificate_number: string
  decision_number: string
  decision_date: string
  issuing_body: string
  level: CertifyingLevel
  programme_year: number
  score: number
  stars: number
  product_set: number
  product_group: string
  expires_at: string
  revoked_at: string | null
  status: CertificateStatus
}

export type OcopOrigin = {
  province_code: string
  province_name: string
  commune_code: string
  commune_name: string
  former_district: string | null
  growing_area_code: string | null
  traceability_code: string
}

/** What a product says about its producer (the card asks only for id, name and handle). */
export type ProductProducer = {
  id: string
  name: string
  handle: string
  legal_form?: LegalForm
  women_led?: boolean
  ethnic_minority_led?: boolean
  ethnic_group?: string | null
  former_district?: string | null
}

export type OcopProduct = HttpTypes.StoreProduct & {
  producer?: ProductProducer | null
  ocop_certificates?: OcopCertificate[] | null
  ocop_origin?: OcopOrigin | null
}

export type Producer = Required<ProductProducer> & {
  representative: string
  in_value_chain: boolean
  province_code: string
  commune_code: string
  story_vi: string | null
  story_en: string | null
  logo_url: string | null
  products: { id: string; title: string; handle: string; thumbnail: string | null }[]
}

/** A product's public origin page (GET /store/ocop/origins/:code). */
export type OriginRecord = OcopOrigin & {
  product: {
    id: string
    title: string
    handle: string
    subtitle: string | null
    thumbnail: string | null
    metadata: Record<string, unknown> | null
  }
  producer: ProductProducer | null
  certificates: OcopCertificate[]
}
