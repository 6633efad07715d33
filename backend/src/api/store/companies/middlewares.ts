import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireCompanyAdmin, resolveCompanyStaff } from "./company-scope"
import {
  AcceptCompanyInvite,
  DecideCompanyApproval,
  InviteCompanyStaff,
  RequestCartApproval,
  UpdateCompanyStaff,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
const staff = [customer, resolveCompanyStaff]
const admin = [...staff, requireCompanyAdmin]

/** Company staff, invitations and approvals: scoped to the signed-in customer's company. */
export const companyStaffMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/companies/me/staff", methods: ["GET"], middlewares: staff },
  {
    matcher: "/store/companies/me/staff/:id",
    methods: ["POST"],
    middlewares: [...admin, validateAndTransformBody(UpdateCompanyStaff)],
  },
  { matcher: "/store/companies/me/staff/:id", methods: ["DELETE"], middlewares: admin },
  { matcher: "/store/companies/me/invites", methods: ["GET"], middlewares: admin },
  {
    matcher: "/store/companies/me/invites",
    methods: ["POST"],
    middlewares: [...admin, validateAndTransformBody(InviteCompanyStaff)],
  },
  { matcher: "/store/companies/me/invites/:id", methods: ["DELETE"], middlewares: admin },
  { matcher: "/store/companies/me/approvals", methods: ["GET"], middlewares: admin },
  {
    matcher: "/store/companies/me/approvals/:id/approve",
    methods: ["POST"],
    middlewares: [...admin, validateAndTransformBody(DecideCompanyApproval)],
  },
  {
    matcher: "/store/companies/me/approvals/:id/reject",
    methods: ["POST"],
    middlewares: [...admin, validateAndTransformBody(DecideCompanyApproval)],
  },
  {
    matcher: "/store/company-invites/accept",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(AcceptCompanyInvite)],
  },
  {
    matcher: "/store/carts/:id/approval",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(RequestCartApproval)],
  },
]
