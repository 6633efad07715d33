import { z } from "@medusajs/framework/zod"

// The voucher's code as the QR holds it (hex of 16 bytes); typed by hand it may come with spaces or capitals.
export const CheckInBooking = z
  .object({
    code: z
      .string({ error: "code is required: the voucher's code" })
      .transform((code) => code.replace(/\s+/g, "").toLowerCase())
      .pipe(z.string().regex(/^[0-9a-f]{32}$/, "code must be the voucher's 32-character code")),
  })
  .strict()
export type CheckInBookingType = z.infer<typeof CheckInBooking>
