import { z } from "@medusajs/framework/zod"

export const StoreOrderLookup = z
  .object({
    display_id: z.coerce
      .number({ error: "display_id must be an order number" })
      .int("display_id must be a whole number")
      .positive("display_id must be an order number"),
    phone: z.string({ error: "phone is required" }).trim().min(1, "phone is required").max(20, "phone is too long"),
  })
  .strict()
export type StoreOrderLookup = z.infer<typeof StoreOrderLookup>
