import {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { notOwn } from "../../../lib/not-own"
import { producerOrderIds } from "../../../lib/producer-order-view"
import { ProducerRequest, requireFulfillingProducer } from "../producer-scope"
// The portal's validators: every 400 starts with the field's name, also for a missing field.
import { validateBody, validateQuery } from "../../validate-request"
import { CancelProducerOrder, ListProducerOrders, ProducerOrderStep, ShipProducerOrder } from "./validators"

/** An order of another producer (producer_order link) answers 404, the same as a missing one. */
async function ownOrder(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { producer, params } = req as ProducerRequest & { params: { id: string } }
    const ids = await producerOrderIds(req.scope, producer.producer_id)
    if (!ids.includes(params.id)) return next(notOwn("order", params.id))
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
