import {
  authenticate,
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { ProducerApplication } from "./applications/validators"
import { producerCertificateRequestsMiddlewares } from "./certificate-requests/middlewares"
import { AcceptProducerInvite } from "./invites/accept/validators"
import { UpdateOwnProducer } from "./me/validators"
import { InviteProducerMember } from "./members/validators"
import { producerExperiencesMiddlewares } from "./experiences/middlewares"
import { producerOrdersMiddlewares } from "./orders/middlewares"
import { refuseSuspendedWrites, requireApprovedProducer, requireOwner, resolveProducer } from "./producer-scope"
import { producerProductsMiddlewares } from "./products/middlewares"
import { producerQuotesMiddlewares } from "./quotes/middlewares"
import { producerSalesMiddlewares } from "./sales/middlewares"
import { inTurn } from "../validate-request"
import { producerWholesaleSettingsMiddlewares } from "./wholesale-settings/middlewares"

// A new sign-in (registration token, no actor yet) may only apply or accept an invitation.
const JOINING = new Set(["/producer/applications", "/producer/invites/accept"])

const signedIn = authenticate("producer", ["bearer", "session"])
const joining = authenticate("producer", ["bearer", "session"], { allowUnregistered: true })
const member = inTurn<AuthenticatedMedusaRequest>([signedIn, resolveProducer, refuseSuspendedWrites])

/** Every /producer/* request: who is signed in, which producer that is, and whether it may write. */
function producerSession(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0].replace(/\/+$/, "")
  return JOINING.has(path) ? joining(req, res, next) : member(req, res, next)
}

export const producerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/*", middlewares: [producerSession] },
  {
    matcher: "/producer/applications",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(ProducerApplication)],
  },
  {
    matcher: "/producer/invites/accept",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AcceptProducerInvite)],
  },
  {
    matcher: "/producer/me",
    methods: ["POST"],
    middlewares: [requireOwner, validateAndTransformBody(UpdateOwnProducer)],
  },
  {
    matcher: "/producer/members/invites",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, requireOwner, validateAndTransformBody(InviteProducerMember)],
  },
  { matcher: "/producer/members/invites/:id", methods: ["DELETE"], middlewares: [requireOwner] },
  { matcher: "/producer/members/:id", methods: ["DELETE"], middlewares: [requireOwner] },
  ...producerProductsMiddlewares,
  ...producerOrdersMiddlewares,
  ...producerCertificateRequestsMiddlewares,
  ...producerWholesaleSettingsMiddlewares,
  ...producerQuotesMiddlewares,
  ...producerExperiencesMiddlewares,
  ...producerSalesMiddlewares,
]
