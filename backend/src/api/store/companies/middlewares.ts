import { authenticate, MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateBody } from "../../validate-request"
import { requireCompanyAdmin, resolveCompany } from "./company-scope"
import {
  AcceptCompanyInvite,
  DecideCompanyApproval,
  InviteCompanyStaff,
  RequestCartApproval,
  StoreCompanyAddress,
  StoreRegisterCompany,
  StoreUpdateCompany,
  StoreUpdateCompanyAddress,
  UpdateCompanyStaff,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

// Registering needs a signed-in customer; everything under /me is about the company it buys for,
// and the company's staff, invitations and approvals are its admins' to manage.
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
  {
    matcher: "/store/companies/me/staff/:id",
    methods: ["POST"],
    middlewares: [requireCompanyAdmin, validateAndTransformBody(UpdateCompanyStaff)],
  },
  { matcher: "/store/companies/me/staff/:id", methods: ["DELETE"], middlewares: [requireCompanyAdmin] },
  { matcher: "/store/companies/me/invites", methods: ["GET"], middlewares: [requireCompanyAdmin] },
  {
    matcher: "/store/companies/me/invites",
    methods: ["POST"],
    middlewares: [requireCompanyAdmin, validateAndTransformBody(InviteCompanyStaff)],
  },
  { matcher: "/store/companies/me/invites/:id", methods: ["DELETE"], middlewares: [requireCompanyAdmin] },
  { matcher: "/store/companies/me/approvals", methods: ["GET"], middlewares: [requireCompanyAdmin] },
  {
    matcher: "/store/companies/me/approvals/:id/approve",
    methods: ["POST"],
    middlewares: [requireCompanyAdmin, validateAndTransformBody(DecideCompanyApproval)],
  },
  {
    matcher: "/store/companies/me/approvals/:id/reject",
    methods: ["POST"],
    middlewares: [requireCompanyAdmin, validateAndTransformBody(DecideCompanyApproval)],
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
