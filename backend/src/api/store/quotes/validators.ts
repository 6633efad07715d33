import { z } from "@medusajs/framework/zod"
import { endOfVietnamDay, QUOTE_STATUSES } from "@ocop/shared"
import { wholeNumberParam } from "../../query-numbers"

const MAX_LINES = 50
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/

export const QuoteMessageBody = z
  .string({ error: "body is required" })
  .trim()
  .min(1, "body must not be empty")
  .max(2000, "body must have at most 2000 characters")

export const CreateRequestForQuote = z
  .object({
    producer_id: z.string({ error: "producer_id is required" }).min(1, "producer_id is required").max(64),
    items: z
      .array(
        z
          .object({
            variant_id: z.string({ error: "variant_id is required" }).min(1, "variant_id is required").max(64),
            quantity: z
              .number({ error: "quantity must be a whole number" })
              .int("quantity must be a whole number")
              .min(1, "quantity must be at least 1")
              .max(100_000, "quantity must be at most 100000"),
          })
          .strict(),
        { error: "items must be a list of { variant_id, quantity }" }
      )
      .min(1, "items must have at least one line")
      .max(MAX_LINES, `items must have at most ${MAX_LINES} lines`)
      .refine(
        (items) => new Set(items.map((item) => item.variant_id)).size === items.length,
        "items must name each variant once"
      ),
    wished_delivery_date: z
      .string()
      .regex(CALENDAR_DAY, "wished_delivery_date must be a day as YYYY-MM-DD")
      .refine(
        (day) => (endOfVietnamDay(day)?.getTime() ?? 0) > Date.now(),
        "wished_delivery_date must be today or a later day"
      )
      .nullish(),
    note: z.string().trim().max(2000, "note must have at most 2000 characters").nullish(),
  })
  .strict()
export type CreateRequestForQuoteType = z.infer<typeof CreateRequestForQuote>

export const ListStoreQuotes = z
  .object({
    status: z.enum(QUOTE_STATUSES, { error: `status must be one of ${QUOTE_STATUSES.join(", ")}` }).optional(),
    limit: wholeNumberParam("limit", 20, 1, 100),
    offset: wholeNumberParam("offset", 0, 0, 1_000_000),
  })
  .strict()
export type ListStoreQuotesType = z.infer<typeof ListStoreQuotes>

export const AddStoreQuoteMessage = z.object({ body: QuoteMessageBody }).strict()
export type AddStoreQuoteMessageType = z.infer<typeof AddStoreQuoteMessage>

export const AcceptStoreQuote = z.object({}).strict()

export const RejectStoreQuote = z
  .object({
    reason: z
      .string({ error: "reason is required" })
      .trim()
      .min(3, "reason must have at least 3 characters")
      .max(500, "reason must have at most 500 characters"),
  })
  .strict()
export type RejectStoreQuoteType = z.infer<typeof RejectStoreQuote>

export const RequestStoreQuoteAgain = AddStoreQuoteMessage
