import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../../validate-request"
import { StoreInvoiceRequest } from "./validators"

// The cart's owner is checked by the global /store/carts/:id middleware (../../middlewares.ts).
// Our validator, for the `invalid_tax_code` code the checkout maps to its own words.
export const storeInvoiceRequestMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id/invoice-request",
    methods: ["POST"],
    middlewares: [validateBody(StoreInvoiceRequest)],
  },
]
