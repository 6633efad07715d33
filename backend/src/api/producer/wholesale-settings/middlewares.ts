import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../validate-request"
import { requireApprovedProducer } from "../producer-scope"
import { SetWholesaleSettings } from "./validators"

export const producerWholesaleSettingsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer/wholesale-settings",
    methods: ["POST"],
    middlewares: [requireApprovedProducer, validateBody(SetWholesaleSettings)],
  },
]
