import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ProductShowingView } from "@ocop/shared"
import { productShowings } from "../../../../../../lib/report/promotion-events"

/**
 * The promotion events a product was shown at, newest first, as many as its page names ("Đã trưng
 * bày tại …"). Public records of the office; a product shown nowhere has none.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse<{ events: ProductShowingView[] }>) => {
  res.json({ events: await productShowings(req.scope, req.params.id) })
}
