import { MiddlewareRoute } from "@medusajs/framework/http"

// Validators and gates of the portal's /producer/products routes (auth and scope come from ../middlewares.ts).
export const producerProductsMiddlewares: MiddlewareRoute[] = []
