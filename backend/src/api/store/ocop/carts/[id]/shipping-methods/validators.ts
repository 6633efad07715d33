import { z } from "@medusajs/framework/zod"

export const StoreSetCartShippingMethods = z
  .object({
    options: z
      .array(
        z
          .object({
            id: z.string({ error: "id must be a shipping option id" }).trim().min(1, "id must be a shipping option id"),
          })
          .strict(),
        { error: "options must be a list of shipping options" }
      )
      .min(1, "options must name at least one shipping option")
      .max(50, "options may name at most 50 shipping options")
      .refine(
        (options) => new Set(options.map((option) => option.id)).size === options.length,
        "options must not name an option twice"
      ),
  })
  .strict()
export type StoreSetCartShippingMethods = z.infer<typeof StoreSetCartShippingMethods>
