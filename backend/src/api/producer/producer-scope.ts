import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type ProducerScope = {
  member_id: string
  role: "owner" | "member"
  producer_id: string
  status: "pending" | "active" | "rejected" | "suspended"
}

/** A request of the producer portal: `req.producer` is who is signed in, read from the database. */
export type ProducerRequest<Body = unknown, Query = unknown> = AuthenticatedMedusaRequest<Body, Query> & {
  producer: ProducerScope
}

const READS = new Set(["GET", "HEAD", "OPTIONS"])

// A suspended producer's goods are off sale, but what was ordered before is still owed to its
// buyers: it may take these steps (and only these) to deliver or cancel it.
const ORDER_STEP = /^\/producer\/orders\/[^/]+\/(accept|pack|ship|deliver|cancel)$/
const isOrderStep = (req: AuthenticatedMedusaRequest) =>
  ORDER_STEP.test(req.originalUrl.split("?")[0].replace(/\/+$/, ""))

/**
 * Scopes a portal request to the signed-in member's producer. Every `/producer/*` handler takes the
 * producer from here, never from the client; a removed member is signed out.
 */
export async function resolveProducer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [member],
    } = await query.graph({
      entity: "producer_member",
      fields: ["id", "role", "producer.id", "producer.status"],
      filters: { id: req.auth_context.actor_id },
    })
    if (!member?.producer) {
      throw new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        "producer: this account is no longer a member of a producer"
      )
    }
    ;(req as ProducerRequest).producer = {
      member_id: member.id,
      role: member.role as ProducerScope["role"],
      producer_id: member.producer.id,
      status: member.producer.status as ProducerScope["status"],
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** A suspended producer reads and finishes its open orders, but changes nothing else. */
export function refuseSuspendedWrites(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { producer } = req as ProducerRequest
  if (!READS.has(req.method) && producer.status === "suspended" && !isOrderStep(req)) {
    return next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "producer: suspended by the OCOP office; you can read and finish your open orders but not sell or change anything"
      )
    )
  }
  next()
}

/** Selling (listings, stock, orders, members) starts once the office has approved the application. */
export function requireApprovedProducer(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const { producer } = req as ProducerRequest
  if (!READS.has(req.method) && producer.status !== "active") {
    return next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `producer: status is ${producer.status}; only an approved producer can do this`
      )
    )
  }
  next()
}

/** An order's fulfilment steps: an approved producer's, or a suspended one's finishing what was ordered before. */
export function requireFulfillingProducer(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const { producer } = req as ProducerRequest
  if (!READS.has(req.method) && producer.status !== "active" && producer.status !== "suspended") {
    return next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `producer: status is ${producer.status}; only an approved producer can do this`
      )
    )
  }
  next()
}

/** Members and producer details are the owner's to change. */
export function requireOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { producer } = req as ProducerRequest
  if (!READS.has(req.method) && producer.role !== "owner") {
    return next(new MedusaError(MedusaError.Types.FORBIDDEN, "producer: only the owner can do this"))
  }
  next()
}
