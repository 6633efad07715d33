import { z } from "@medusajs/framework/zod"

const MAX_PAGE = 50

// Query strings carry text: the numbers are read from it, and anything else is the caller's mistake.
const count = (field: string, fallback: number, max?: number) =>
  z
    .string()
    .regex(/^\d+$/, `${field} must be a whole number`)
    .transform(Number)
    .refine((value) => max === undefined || (value >= 1 && value <= max), `${field} must be between 1 and ${max}`)
    .optional()
    .transform((value) => value ?? fallback)

export const ListOrderGroupsQuery = z
  .object({
    limit: count("limit", 10, MAX_PAGE),
    offset: count("offset", 0),
  })
  .strict()
export type ListOrderGroupsQuery = z.infer<typeof ListOrderGroupsQuery>
