import { MiddlewareRoute } from "@medusajs/framework/http"
// The portal's validators: every 400 starts with the field's name, also for a missing field.
import { validateQuery } from "../../validate-request"
import { ExportInvoiceRequests, ListInvoiceRequests } from "./validators"

// Validators of the portal's /producer/invoice-requests routes (auth and scope come from ../middlewares.ts).
export const producerInvoiceRequestsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/invoice-requests", methods: ["GET"], middlewares: [validateQuery(ListInvoiceRequests)] },
  {
    matcher: "/producer/invoice-requests/export",
    methods: ["GET"],
    middlewares: [validateQuery(ExportInvoiceRequests)],
  },
]
