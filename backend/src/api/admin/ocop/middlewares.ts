import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreateCertificate,
  AdminListCertificates,
  AdminRevokeCertificate,
  AdminUpdateCertificate,
} from "./certificates/validators"
import {
  AdminCreateProducer,
  AdminListProducers,
  AdminProducerDecisionWithReason,
  AdminSetProducerStatus,
  AdminUpdateProducer,
} from "./producers/validators"
import { AdminSetProductOrigin, AdminSetProductProducer } from "./products/validators"
import { AdminImportBankStatement } from "./bank-statements/validators"
import { AdminListOrderGroups } from "./order-groups/validators"
import { validateBody, validateQuery } from "../../validate-request"
import { AdminListListings, AdminRejectListing } from "./listings/validators"
import {
  AdminApproveCertificateRequest,
  AdminListCertificateRequests,
  AdminRejectCertificateRequest,
} from "./certificate-requests/validators"

// Admin routes are authenticated by Medusa; these validate every write and list query. A decision
// (reject, suspend, approve a request) and the order-group search answer with the field's name first,
// as the office's screens show the message.
export const ocopAdminMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/producers",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListProducers, {})],
  },
  { matcher: "/admin/ocop/producers", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateProducer)] },
  {
    matcher: "/admin/ocop/producers/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateProducer)],
  },
  {
    matcher: "/admin/ocop/producers/:id/approve",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetProducerStatus)],
  },
  {
    matcher: "/admin/ocop/producers/:id/reject",
    methods: ["POST"],
    middlewares: [validateBody(AdminProducerDecisionWithReason)],
  },
  {
    matcher: "/admin/ocop/producers/:id/suspend",
    methods: ["POST"],
    middlewares: [validateBody(AdminProducerDecisionWithReason)],
  },
  {
    matcher: "/admin/ocop/certificates",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCertificates, {})],
  },
  {
    matcher: "/admin/ocop/certificates",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateCertificate)],
  },
  {
    matcher: "/admin/ocop/certificates/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCertificate)],
  },
  {
    matcher: "/admin/ocop/certificates/:id/revoke",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRevokeCertificate)],
  },
  {
    matcher: "/admin/ocop/products/:id/producer",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetProductProducer)],
  },
  {
    matcher: "/admin/ocop/products/:id/origin",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetProductOrigin)],
  },
  // A statement export is text up to the validator's 5 MB (JSON-escaped, a little more); every other body keeps Medusa's 100 KB.
  {
    matcher: "/admin/ocop/bank-statements",
    methods: ["POST"],
    bodyParser: { sizeLimit: "6mb" },
    middlewares: [validateAndTransformBody(AdminImportBankStatement)],
  },
  { matcher: "/admin/ocop/order-groups", methods: ["GET"], middlewares: [validateQuery(AdminListOrderGroups)] },
  {
    matcher: "/admin/ocop/listings",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListListings, {})],
  },
  { matcher: "/admin/ocop/listings/:id/reject", methods: ["POST"], middlewares: [validateBody(AdminRejectListing)] },
  {
    matcher: "/admin/ocop/certificate-requests",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListCertificateRequests, {})],
  },
  {
    matcher: "/admin/ocop/certificate-requests/:id/approve",
    methods: ["POST"],
    middlewares: [validateBody(AdminApproveCertificateRequest)],
  },
  {
    matcher: "/admin/ocop/certificate-requests/:id/reject",
    methods: ["POST"],
    middlewares: [validateBody(AdminRejectCertificateRequest)],
  },
]
