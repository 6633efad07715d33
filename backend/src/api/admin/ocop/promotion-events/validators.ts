import { z } from "@medusajs/framework/zod"
import { endOfVietnamDay, PROMOTION_EVENT_KINDS, REPORT_MAX_YEARS } from "@ocop/shared"
import { addressText, nameText } from "../../../text-fields"
import { provinceCode } from "../place-fields"

/** A real calendar day, `YYYY-MM-DD` (Vietnam). */
const day = (field: string) =>
  z
    .string({ error: `${field} must be a day as YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a day as YYYY-MM-DD`)
    .refine((value) => endOfVietnamDay(value) !== undefined, `${field} must be a real calendar day`)

const required = (schema: z.ZodString, field: string) => schema.trim().min(1, `${field} is required`)

const eventFields = {
  name: required(nameText("name"), "name"),
  kind: z.enum(PROMOTION_EVENT_KINDS, { error: `kind must be one of ${PROMOTION_EVENT_KINDS.join(", ")}` }),
  starts_on: day("starts_on"),
  ends_on: day("ends_on"),
  province_code: provinceCode.nullable().optional(),
  place: required(addressText("place"), "place"),
  organiser: required(nameText("organiser"), "organiser"),
}

const endsOnOrAfterStart = (event: { starts_on?: string; ends_on?: string }) =>
  !event.starts_on || !event.ends_on || event.ends_on >= event.starts_on
const ENDS_BEFORE_START = { message: "ends_on: on or after starts_on", path: ["ends_on"] }

export const AdminCreatePromotionEvent = z.object(eventFields).strict().refine(endsOnOrAfterStart, ENDS_BEFORE_START)
export type AdminCreatePromotionEventType = z.infer<typeof AdminCreatePromotionEvent>

// A change of one date is checked against the other as stored, by the workflow.
export const AdminUpdatePromotionEvent = z
  .object(eventFields)
  .partial()
  .strict()
  .refine(endsOnOrAfterStart, ENDS_BEFORE_START)
export type AdminUpdatePromotionEventType = z.infer<typeof AdminUpdatePromotionEvent>

const MAX_PRODUCTS_AT_ONCE = 500

export const AdminAddPromotionEventProducts = z
  .object({
    product_ids: z
      .array(z.string({ error: "product_ids must be product ids" }).trim().min(1).max(100), {
        error: "product_ids must be a list of product ids",
      })
      .min(1, "product_ids must name at least one product")
      .max(MAX_PRODUCTS_AT_ONCE, `product_ids: at most ${MAX_PRODUCTS_AT_ONCE} at a time`),
  })
  .strict()
export type AdminAddPromotionEventProductsType = z.infer<typeof AdminAddPromotionEventProducts>

/** A participant list of 5,000 rows with long names stays well under this. */
export const PROMOTION_EVENT_FILE_BYTES = 1_000_000

// The CSV's text inside JSON, as the bulk order takes it: a file input's `File.text()` gives it.
export const AdminImportPromotionEventProducts = z
  .object({
    file: z
      .string({ error: "file must be the CSV's text" })
      .refine(
        (text) => Buffer.byteLength(text, "utf8") <= PROMOTION_EVENT_FILE_BYTES,
        `file must be at most ${PROMOTION_EVENT_FILE_BYTES / 1_000_000} MB`
      ),
  })
  .strict()
export type AdminImportPromotionEventProductsType = z.infer<typeof AdminImportPromotionEventProducts>

const yearsApart = (from: string, to: string) => Number(to.slice(0, 4)) - Number(from.slice(0, 4))
const period = <T extends { from?: string; to?: string }>(schema: z.ZodType<T>) =>
  schema
    .refine((query) => !query.from || !query.to || query.to >= query.from, {
      message: "to: on or after from",
      path: ["to"],
    })
    .refine(
      (query) =>
        !query.from ||
        !query.to ||
        yearsApart(query.from, query.to) < REPORT_MAX_YEARS ||
        (yearsApart(query.from, query.to) === REPORT_MAX_YEARS && query.to.slice(5) <= query.from.slice(5)),
      { message: `to: at most ${REPORT_MAX_YEARS} years after from`, path: ["to"] }
    )

export const AdminListPromotionEvents = period(
  z
    .object({
      from: day("from").optional(),
      to: day("to").optional(),
      q: nameText("q").trim().optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    })
    .strict()
)
export type AdminListPromotionEventsType = z.infer<typeof AdminListPromotionEvents>

export const AdminExportPromotionEvents = period(z.object({ from: day("from"), to: day("to") }).strict())
export type AdminExportPromotionEventsType = z.infer<typeof AdminExportPromotionEvents>
