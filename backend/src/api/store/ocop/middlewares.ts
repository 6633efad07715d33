import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

/**
 * The OCOP data linked to products that the storefront may ask for (`fields=+producer.name,+ocop_certificates.*`).
 * Only the producer's public fields: its phone, e-mail and tax code stay out of the store API.
 */
export const STORE_PRODUCT_OCOP_FIELDS = [
  ...["id", "name", "handle", "legal_form", "women_led", "ethnic_minority_led", "ethnic_group", "province_code", "former_district", "logo_url"].map(
    (field) => `producer.${field}`
  ),
  "ocop_certificates",
  "ocop_origin",
]

function allowOcopFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...STORE_PRODUCT_OCOP_FIELDS]
  next()
}

// Without methods these are global middlewares, which Medusa runs before the core route's own
// query validation: that is where the extra allowed fields are read.
export const ocopStoreMiddlewares: MiddlewareRoute[] = [{ matcher: "/store/products*", middlewares: [allowOcopFields] }]
