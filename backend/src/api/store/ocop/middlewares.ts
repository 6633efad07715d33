import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

/** The OCOP data linked to products, which the storefront may ask for with `fields=+producer.name,…`. */
export const STORE_PRODUCT_OCOP_FIELDS = ["producer", "ocop_certificates", "ocop_origin"]

function allowOcopFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [...(req.allowed ?? []), ...STORE_PRODUCT_OCOP_FIELDS]
  next()
}

export const ocopStoreMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", methods: ["GET"], middlewares: [allowOcopFields] },
  { matcher: "/store/products/:id", methods: ["GET"], middlewares: [allowOcopFields] },
]
