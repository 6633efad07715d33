import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateBody } from "../../validate-request"
import {
  AdminCompanyDecision,
  AdminCompanyDecisionWithReason,
  AdminListCompanies,
  AdminSetCompanyTerms,
} from "./validators"

// Admin routes are authenticated by Medusa. A reject or suspend answers with the field's name first,
// as the office's reason prompt shows the message.
export const adminCompanyMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/companies", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListCompanies, {})] },
  {
    matcher: "/admin/companies/:id/verify",
    methods: ["POST"],
    middlewares: [validateBody(AdminCompanyDecision)],
  },
  {
    matcher: "/admin/companies/:id/reinstate",
    methods: ["POST"],
    middlewares: [validateBody(AdminCompanyDecision)],
  },
  {
    matcher: "/admin/companies/:id/reject",
    methods: ["POST"],
    middlewares: [validateBody(AdminCompanyDecisionWithReason)],
  },
  {
    matcher: "/admin/companies/:id/suspend",
    methods: ["POST"],
    middlewares: [validateBody(AdminCompanyDecisionWithReason)],
  },
  { matcher: "/admin/companies/:id/terms", methods: ["POST"], middlewares: [validateBody(AdminSetCompanyTerms)] },
]
