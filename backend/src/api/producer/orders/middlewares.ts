import {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notOwn } from "../../../lib/not-own"
import { ProducerRequest, requireFulfillingProducer } from "../producer-scope"
// The portal's validators: every 400 starts with the field's name, also for a missing field.
import { validateBody, validateQuery } from "../../validate-request"
import { CancelProducerOrder, ListProducerOrders, ProducerOrderStep, ShipProducerOrder } from "./validators"

/**
 * An order of another producer (producer_order link) answers 404, the same as a missing one. The
 * order's own link is read, not the producer's list of orders: that list grows with the producer's
 * history, and a query's nested list may not hold all of it (a new order then answered 404).
 */
async function ownOrder(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { producer, params } = req as ProducerRequest & { params: { id: string } }
    const {
      data: [order],
    } = await req.scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "order", fields: ["id", "producer.id"], filters: { id: params.id } })
    if ((order as { producer?: { id: string } | null } | undefined)?.producer?.id !== producer.producer_id) {
      return next(notOwn("order", params.id))
    }
    next()
  } catch (error) {
    next(error)
  }
}

// Validators and gates of the portal's /producer/orders routes (auth and scope come from ../middlewares.ts).
export const producerOrdersMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/orders", methods: ["GET"], middlewares: [validateQuery(ListProducerOrders)] },
  { matcher: "/producer/orders/:id", methods: ["GET"], middlewares: [ownOrder] },
  {
    matcher: "/producer/orders/:id/accept",
    methods: ["POST"],
    middlewares: [ownOrder, requireFulfillingProducer, validateBody(ProducerOrderStep)],
  },
  {
    matcher: "/producer/orders/:id/pack",
    methods: ["POST"],
    middlewares: [ownOrder, requireFulfillingProducer, validateBody(ProducerOrderStep)],
  },
  {
    matcher: "/producer/orders/:id/ship",
    methods: ["POST"],
    middlewares: [ownOrder, requireFulfillingProducer, validateBody(ShipProducerOrder)],
  },
  {
    matcher: "/producer/orders/:id/deliver",
    methods: ["POST"],
    middlewares: [ownOrder, requireFulfillingProducer, validateBody(ProducerOrderStep)],
  },
  {
    matcher: "/producer/orders/:id/cancel",
    methods: ["POST"],
    middlewares: [ownOrder, requireFulfillingProducer, validateBody(CancelProducerOrder)],
  },
]
