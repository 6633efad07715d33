import { z } from "@medusajs/framework/zod"
import { VND } from "../vnd"
import { ProducerApplication } from "../applications/validators"

// The owner corrects its details; tax code and legal form are the office's once approved (see the route).
export const UpdateOwnProducer = ProducerApplication.partial()
  .extend({
    shipping_fee: VND("shipping_fee").optional(),
    free_shipping_threshold: VND("free_shipping_threshold").nullable().optional(),
  })
  .strict()
export type UpdateOwnProducerType = z.infer<typeof UpdateOwnProducer>
