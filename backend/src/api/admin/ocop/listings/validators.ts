import { z } from "@medusajs/framework/zod"
import { requiredReason } from "../reason-field"

export const LISTING_STATUSES = ["proposed", "rejected", "published"] as const

export const AdminListListings = z.object({
  status: z
    .enum(LISTING_STATUSES, { error: `status must be one of ${LISTING_STATUSES.join(", ")}` })
    .default("proposed"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListListingsType = z.infer<typeof AdminListListings>

export const AdminRejectListing = z
  .object({
    reason: requiredReason,
  })
  .strict()
export type AdminRejectListingType = z.infer<typeof AdminRejectListing>

export const listingFields = [
  "id",
  "title",
  "handle",
  "status",
  "thumbnail",
  "metadata",
  "created_at",
  "updated_at",
  "producer.id",
  "producer.name",
  "producer.handle",
]
