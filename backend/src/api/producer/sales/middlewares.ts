import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../validate-request"
import { ProducerSales, ProducerSalesExport } from "./validators"

export const producerSalesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/sales", methods: ["GET"], middlewares: [validateQuery(ProducerSales)] },
  { matcher: "/producer/sales.xlsx", methods: ["GET"], middlewares: [validateQuery(ProducerSalesExport)] },
]
