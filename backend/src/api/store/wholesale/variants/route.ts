import { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { searchWholesaleVariants } from "../../../../lib/bulk-order/wholesale-variant-search"
import type { StoreWholesaleVariantSearch } from "../bulk-order-validators"

/** The quick-order pad's search: up to 10 variants by SKU prefix or product title, with their wholesale minimum and case pack. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreWholesaleVariantSearch>, res: MedusaResponse) => {
  const variants = await searchWholesaleVariants(
    req.scope,
    req.validatedQuery.q as string,
    req.publishable_key_context?.sales_channel_ids ?? []
  )
  res.json({ variants })
}
