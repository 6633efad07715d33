import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireCompanyAdmin, resolveCompany } from "./company-scope"
import { StoreCompanyAddress, StoreRegisterCompany, StoreUpdateCompany, StoreUpdateCompanyAddress } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

// Registering needs a signed-in customer; everything under /me is about the company it buys for.
export const storeCompanyMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/companies",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreRegisterCompany)],
  },
  // Without methods: mounted for /me and every path below it.
  { matcher: "/store/companies/me", middlewares: [customer, resolveCompany] },
  {
    matcher: "/store/companies/me",
    methods: ["POST"],
    middlewares: [requireCompanyAdmin, validateAndTransformBody(StoreUpdateCompany)],
  },
  {
    matcher: "/store/companies/me/addresses",
    methods: ["POST"],
    middlewares: [requireCompanyAdmin, validateAndTransformBody(StoreCompanyAddress)],
  },
  {
    matcher: "/store/companies/me/addresses/:id",
    methods: ["POST"],
    middlewares: [requireCompanyAdmin, validateAndTransformBody(StoreUpdateCompanyAddress)],
  },
  { matcher: "/store/companies/me/addresses/:id", methods: ["DELETE"], middlewares: [requireCompanyAdmin] },
]
