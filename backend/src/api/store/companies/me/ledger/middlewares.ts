import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"

const customer = authenticate("customer", ["session", "bearer"])

// The company is taken from the signed-in customer; these routes take no input.
export const storeLedgerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/companies/me/ledger", middlewares: [customer] },
  { method: ["GET"], matcher: "/store/companies/me/ledger/export", middlewares: [customer] },
  { method: ["GET"], matcher: "/store/companies/me/ledger/invoices/:id", middlewares: [customer] },
]
