import { MiddlewareRoute } from "@medusajs/framework/http"

// Validators and gates of the portal's /producer/orders routes (auth and scope come from ../middlewares.ts).
export const producerOrdersMiddlewares: MiddlewareRoute[] = []
