import { z } from "@medusajs/framework/zod"
import { CALENDAR_MAX_DAYS, EXPERIENCE_KINDS } from "@ocop/shared"

const MAX_PAGE = 100
const DAY_MS = 24 * 60 * 60 * 1000

// Query strings carry text: the numbers are read from it, and anything else is the caller's mistake.
const count = (field: string, fallback: number, max?: number) =>
  z
    .string()
    .regex(/^\d+$/, `${field} must be a whole number`)
    .transform(Number)
    .refine((value) => max === undefined || (value >= 1 && value <= max), `${field} must be between 1 and ${max}`)
    .optional()
    .transform((value) => value ?? fallback)
const code = (field: string) =>
  z
    .string()
    .regex(/^\d{2,5}$/, `${field} must be a place code`)
    .optional()
const id = (field: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_]{1,64}$/, `${field} must be an id`)
    .optional()

export const ListStoreExperiencesQuery = z
  .object({
    province_code: code("province_code"),
    commune_code: code("commune_code"),
    producer_id: id("producer_id"),
    near_product: id("near_product"),
    kind: z.enum(EXPERIENCE_KINDS, { error: `kind must be one of ${EXPERIENCE_KINDS.join(", ")}` }).optional(),
    limit: count("limit", 20, MAX_PAGE),
    offset: count("offset", 0),
  })
  .strict()
export type ListStoreExperiencesQuery = z.infer<typeof ListStoreExperiencesQuery>

const day = (field: string) =>
  z
    .string({ error: `${field} must be a day as YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a day as YYYY-MM-DD`)
    .refine((value) => {
      const midnight = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(midnight.getTime()) && midnight.toISOString().startsWith(value)
    }, `${field} must be a real day`)

export const StoreExperienceCalendarQuery = z
  .object({ from: day("from"), to: day("to") })
  .strict()
  .superRefine((range, context) => {
    const days = (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS + 1
    if (days < 1) context.addIssue({ code: "custom", path: ["to"], message: "to must be on or after from" })
    if (days > CALENDAR_MAX_DAYS) {
      context.addIssue({
        code: "custom",
        path: ["to"],
        message: `to must be at most ${CALENDAR_MAX_DAYS} days from from`,
      })
    }
  })
export type StoreExperienceCalendarQuery = z.infer<typeof StoreExperienceCalendarQuery>
