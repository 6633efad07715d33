import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../validate-request"
import { AdminListLedger } from "./validators"

// Admin routes are authenticated by Medusa; a bad filter is refused naming the field, as the office's screens show it.
export const adminLedgerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ledger", middlewares: [validateQuery(AdminListLedger)] },
  { method: ["GET"], matcher: "/admin/ledger/export", middlewares: [validateQuery(AdminListLedger)] },
]
