import { z } from "@medusajs/framework/zod"
import { stockQuantity } from "../../validators"

/** The units the producer has at its own location (not what is left after reservations). */
export const SetVariantStock = z.object({ quantity: stockQuantity("quantity") }).strict()
export type SetVariantStockType = z.infer<typeof SetVariantStock>
