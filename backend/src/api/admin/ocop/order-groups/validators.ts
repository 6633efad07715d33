import { z } from "@medusajs/framework/zod"
import { wholeNumberParam } from "../../../query-numbers"
import { extractReferences } from "../../../../modules/payment-vietqr/reference"
import type { OrderGroupSearch } from "../../../../lib/office-order-groups"
import { referencePrefix } from "../reference-prefix"

const MAX_PAGE = 50
const Email = z.email()

/**
 * The office's one search box: a transfer reference (also inside a description pasted from the
 * bank, as the statement matcher reads it), an order number (the parent's or a producer's, with
 * or without "#") or the buyer's e-mail.
 */
const search = z
  .string()
  .trim()
  .min(1, "q is empty")
  .max(200, "q must have at most 200 characters")
  .transform((text, ctx): OrderGroupSearch => {
    const references = extractReferences(text, referencePrefix())
    if (references.length) return { references }
    const number = /^#?(\d{1,9})$/.exec(text)
    if (number) return { display_id: Number(number[1]) }
    if (Email.safeParse(text).success) return { email: text }
    ctx.addIssue({
      code: "custom",
      message: "q must be a transfer reference (such as OCOPK7QX2MNA), an order number or an e-mail",
    })
    return z.NEVER
  })

export const AdminListOrderGroups = z
  .object({
    q: search.optional(),
    order_id: z
      .string()
      .regex(/^order_[A-Za-z0-9]+$/, "order_id must be an order id (order_…)")
      .optional(),
    limit: wholeNumberParam("limit", 20, 1, MAX_PAGE),
    offset: wholeNumberParam("offset", 0, 0, 1_000_000),
  })
  .strict()
export type AdminListOrderGroupsType = z.infer<typeof AdminListOrderGroups>
