import { z } from "@medusajs/framework/zod"
import { MAX_COMMUNES_PER_PAGE } from "../../../modules/place/service"

// An empty search box means no search, not an error.
const placeName = z.string().trim().max(100).optional()

export const GetProvincesParams = z.object({ q: placeName }).strict()
export type GetProvincesParamsType = z.infer<typeof GetProvincesParams>

export const GetCommunesParams = z
  .object({
    q: placeName,
    limit: z.coerce.number().int().min(1).max(MAX_COMMUNES_PER_PAGE).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type GetCommunesParamsType = z.infer<typeof GetCommunesParams>
