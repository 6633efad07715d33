import { z } from "@medusajs/framework/zod"

const MINIMUM_MESSAGE = "wholesale_min_order_value must be null or a whole number of VND above 0"

export const SetWholesaleSettings = z
  .object({
    wholesale_min_order_value: z
      .number({ error: MINIMUM_MESSAGE })
      .int(MINIMUM_MESSAGE)
      .min(1, MINIMUM_MESSAGE)
      .max(1_000_000_000, "wholesale_min_order_value must be at most 1.000.000.000 VND")
      .nullable(),
  })
  .strict()
export type SetWholesaleSettingsType = z.infer<typeof SetWholesaleSettings>
