import { z } from "@medusajs/framework/zod"

/** The longest text a field of each kind takes: what a person types, with room to spare. */
export const TEXT_LIMITS = { name: 200, address: 500, note: 2_000 } as const

const text = (field: string, max: number) =>
  z.string({ error: `${field} must be text` }).max(max, `${field} must be at most ${max} characters`)

/** A person's, a company's or a place's name, a search or a title. */
export const nameText = (field: string) => text(field, TEXT_LIMITS.name)
/** One line of a postal address. */
export const addressText = (field: string) => text(field, TEXT_LIMITS.address)
/** A note, a story or a reason. */
export const noteText = (field: string) => text(field, TEXT_LIMITS.note)
