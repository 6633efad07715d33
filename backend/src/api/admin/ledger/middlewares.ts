import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminListLedger } from "./validators"

// Admin routes are authenticated by Medusa.
export const adminLedgerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ledger", middlewares: [validateAndTransformQuery(AdminListLedger, {})] },
  { method: ["GET"], matcher: "/admin/ledger/export", middlewares: [validateAndTransformQuery(AdminListLedger, {})] },
]
