import { z } from "@medusajs/framework/zod"

// Without a province the page opens on the one with the most certified products.
export const GetOcopStatisticsQuery = z
  .object({
    province_code: z
      .string()
      .regex(/^\d{2}$/, "province_code must be a province's two-digit code")
      .optional(),
  })
  .strict()
export type GetOcopStatisticsQueryType = z.infer<typeof GetOcopStatisticsQuery>
