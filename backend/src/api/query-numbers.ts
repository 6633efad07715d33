import { z } from "@medusajs/framework/zod"

/**
 * A whole number read from a query string (`limit`, `offset`) between `min` and `max`, `fallback`
 * when absent: query strings carry text, and anything else is the caller's mistake, named by field.
 */
export const wholeNumberParam = (field: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${field} must be a whole number`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `${field} must be between ${min} and ${max}`)
    .optional()
    .transform((value) => value ?? fallback)
