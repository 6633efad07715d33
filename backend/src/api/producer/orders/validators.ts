import { z } from "@medusajs/framework/zod"
import { wholeNumberParam } from "../../query-numbers"
import { FULFILMENT_STATUSES } from "../../../lib/producer-order-status"

const MAX_PAGE = 100

export const ListProducerOrders = z
  .object({
    fulfilment_status: z
      .enum(FULFILMENT_STATUSES, { error: `fulfilment_status must be one of ${FULFILMENT_STATUSES.join(", ")}` })
      .optional(),
    limit: wholeNumberParam("limit", 20, 1, MAX_PAGE),
    offset: wholeNumberParam("offset", 0, 0, 1_000_000),
  })
  .strict()
export type ListProducerOrdersType = z.infer<typeof ListProducerOrders>

// The status the producer saw when it chose the step: if the order moved on meanwhile (another
// member packed it), the step is refused with 409 instead of acting on an order it did not see.
const expectedStatus = {
  expected_status: z
    .enum(FULFILMENT_STATUSES, { error: `expected_status must be one of ${FULFILMENT_STATUSES.join(", ")}` })
    .optional(),
}

/** Accept, pack and deliver carry nothing else. */
export const ProducerOrderStep = z.object(expectedStatus).strict()
export type ProducerOrderStepType = z.infer<typeof ProducerOrderStep>

export const ShipProducerOrder = z
  .object({
    ...expectedStatus,
    carrier: z
      .string({ error: "carrier is required" })
      .trim()
      .min(2, "carrier must have at least 2 characters")
      .max(80, "carrier must have at most 80 characters"),
    tracking_number: z
      .string({ error: "tracking_number is required" })
      .trim()
      .regex(/^[A-Za-z0-9-]{4,40}$/, "tracking_number must be 4 to 40 letters, digits or dashes"),
  })
  .strict()
export type ShipProducerOrderType = z.infer<typeof ShipProducerOrder>

export const CancelProducerOrder = z
  .object({
    ...expectedStatus,
    reason: z
      .string({ error: "reason is required" })
      .trim()
      .min(3, "reason must have at least 3 characters")
      .max(500, "reason must have at most 500 characters"),
  })
  .strict()
export type CancelProducerOrderType = z.infer<typeof CancelProducerOrder>
