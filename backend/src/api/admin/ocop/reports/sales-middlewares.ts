import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../validate-request"
import { AdminSalesCsv, AdminSalesExport } from "./sales-validators"

// The office's sales exports (admin routes are authenticated by Medusa); a bad filter is a 400 naming it.
export const adminSalesReportMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/ocop/reports/sales.xlsx", methods: ["GET"], middlewares: [validateQuery(AdminSalesExport)] },
  { matcher: "/admin/ocop/reports/sales.csv", methods: ["GET"], middlewares: [validateQuery(AdminSalesCsv)] },
]
