import { z } from "@medusajs/framework/zod"
import { QUOTE_STATUSES } from "@ocop/shared"
import { wholeNumberParam } from "../../query-numbers"
import { QuoteMessageBody } from "../../store/quotes/validators"

export const ListProducerQuotes = z
  .object({
    status: z.enum(QUOTE_STATUSES, { error: `status must be one of ${QUOTE_STATUSES.join(", ")}` }).optional(),
    limit: wholeNumberParam("limit", 20, 1, 100),
    offset: wholeNumberParam("offset", 0, 0, 1_000_000),
  })
  .strict()
export type ListProducerQuotesType = z.infer<typeof ListProducerQuotes>

export const AnswerProducerQuote = z
  .object({
    lines: z
      .array(
        z
          .object({
            id: z.string({ error: "id is required" }).min(1, "id is required").max(64),
            unit_price: z
              .number({ error: "unit_price must be a whole number of đồng" })
              .int("unit_price must be a whole number of đồng")
              .min(1, "unit_price must be more than 0")
              .max(1_000_000_000, "unit_price must be at most 1000000000"),
          })
          .strict(),
        { error: "lines must be a list of { id, unit_price }" }
      )
      .min(1, "lines must price at least one line")
      .max(50, "lines must have at most 50 lines"),
    valid_until: z
      .string({ error: "valid_until is required, as YYYY-MM-DD" })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "valid_until must be a day as YYYY-MM-DD"),
  })
  .strict()
export type AnswerProducerQuoteType = z.infer<typeof AnswerProducerQuote>

export const AddProducerQuoteMessage = z.object({ body: QuoteMessageBody }).strict()
export type AddProducerQuoteMessageType = z.infer<typeof AddProducerQuoteMessage>
