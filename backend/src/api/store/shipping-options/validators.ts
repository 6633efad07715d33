import { z } from "@medusajs/framework/zod"

// Checked before Medusa's own query validation, so a missing or empty cart id is named in our words.
export const StoreListCartShippingOptions = z.object({
  cart_id: z.string({ error: "cart_id is required" }).trim().min(1, "cart_id is required"),
})

export const StoreCalculateShippingOption = z
  .object({ cart_id: z.string({ error: "cart_id is required" }).trim().min(1, "cart_id is required") })
  .passthrough()
