import { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { producerOrderIds } from "../../../lib/producer-order-view"
import { notOwn, ProducerRequest, requireApprovedProducer } from "../producer-scope"
import { CancelProducerOrder, ListProducerOrders, ShipProducerOrder } from "./validators"

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
  { matcher: "/producer/orders", methods: ["GET"], middlewares: [validateAndTransformQuery(ListProducerOrders, {})] },
  { matcher: "/producer/orders/:id", methods: ["GET"], middlewares: [ownOrder] },
  { matcher: "/producer/orders/:id/accept", methods: ["POST"], middlewares: [ownOrder, requireApprovedProducer] },
  { matcher: "/producer/orders/:id/pack", methods: ["POST"], middlewares: [ownOrder, requireApprovedProducer] },
  { matcher: "/producer/orders/:id/ship", methods: ["POST"], middlewares: [ownOrder, requireApprovedProducer, validateAndTransformBody(ShipProducerOrder)] },
  { matcher: "/producer/orders/:id/deliver", methods: ["POST"], middlewares: [ownOrder, requireApprovedProducer] },
  { matcher: "/producer/orders/:id/cancel", methods: ["POST"], middlewares: [ownOrder, requireApprovedProducer, validateAndTransformBody(CancelProducerOrder)] },
]
