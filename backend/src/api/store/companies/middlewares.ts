import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../validate-request"
import { requireCompanyAdmin, resolveCompany } from "./company-scope"
import { StoreCompanyAddress, StoreRegisterCompany, StoreUpdateCompany, StoreUpdateCompanyAddress } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

// Registering needs a signed-in customer; everything under /me is about the company it buys for.
export const storeCompanyMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/companies",
    methods: ["POST"],
    middlewares: [customer, validateBody(StoreRegisterCompany)],
  },
  // Without methods: mounted for /me and every path below it.
  { matcher: "/store/companies/me", middlewares: [customer, resolveCompany] },
  {
    matcher: "/store/companies/me",
    methods: ["POST"],
    middlewares: [requireCompanyAdmin, validateBody(StoreUpdateCompany)],
  },
  {
    matcher: "/store/companies/me/addresses",
    methods: ["POST"],
    middlewares: [requireCompanyAdmin, validateBody(StoreCompanyAddress)],
  },
  {
    matcher: "/store/companies/me/addresses/:id",
    methods: ["POST"],
    middlewares: [requireCompanyAdmin, validateBody(StoreUpdateCompanyAddress)],
  },
  { matcher: "/store/companies/me/addresses/:id", methods: ["DELETE"], middlewares: [requireCompanyAdmin] },
]
