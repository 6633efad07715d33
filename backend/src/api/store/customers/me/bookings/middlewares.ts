import { authenticate, MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../../validate-request"
import { CancelMyBooking, MoveMyBooking } from "./validators"

/** A signed-in customer's own bookings (the customer is the sign-in's): listing, cancelling within the policy, moving. */
export const storeMyBookingsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/bookings*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  {
    matcher: "/store/customers/me/bookings/:id/cancel",
    methods: ["POST"],
    middlewares: [validateBody(CancelMyBooking)],
  },
  { matcher: "/store/customers/me/bookings/:id/move", methods: ["POST"], middlewares: [validateBody(MoveMyBooking)] },
]
