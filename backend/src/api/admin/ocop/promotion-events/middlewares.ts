import { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../validate-request"
import {
  AdminAddPromotionEventProducts,
  AdminCreatePromotionEvent,
  AdminExportPromotionEvents,
  AdminImportPromotionEventProducts,
  AdminListPromotionEvents,
  AdminUpdatePromotionEvent,
} from "./validators"

const EVENTS = "/admin/ocop/promotion-events"

// The office's promotion events (issue 20): every write and list query validated, each refusal naming its field.
export const adminPromotionEventsMiddlewares: MiddlewareRoute[] = [
  { matcher: EVENTS, methods: ["GET"], middlewares: [validateQuery(AdminListPromotionEvents)] },
  { matcher: EVENTS, methods: ["POST"], middlewares: [validateBody(AdminCreatePromotionEvent)] },
  { matcher: `${EVENTS}/export.xlsx`, methods: ["GET"], middlewares: [validateQuery(AdminExportPromotionEvents)] },
  { matcher: `${EVENTS}/:id`, methods: ["POST"], middlewares: [validateBody(AdminUpdatePromotionEvent)] },
  {
    matcher: `${EVENTS}/:id/products`,
    methods: ["POST"],
    middlewares: [validateBody(AdminAddPromotionEventProducts)],
  },
  // A 1 MB CSV grows when written as a JSON string; the validator holds the text itself to 1 MB.
  {
    matcher: `${EVENTS}/:id/products/import`,
    methods: ["POST"],
    bodyParser: { sizeLimit: "3mb" },
    middlewares: [validateBody(AdminImportPromotionEventProducts)],
  },
]
