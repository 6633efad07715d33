import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"

// The tiers answer only a signed-in verified buyer; without a sign-in the route answers 404 itself.
export const storeProductWholesaleMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/products/:id/wholesale-tiers",
    methods: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
]
