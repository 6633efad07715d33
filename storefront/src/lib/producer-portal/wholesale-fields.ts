import type { PortalFieldError } from "./form-state"
import { parseVnd } from "./product-fields"

/** How many tier rows the portal's form offers per variant (the backend takes up to 5). */
export const TIER_ROWS = 3

export type VariantWholesaleBody = {
  variant_id: string
  min_quantity: number
  case_pack: number
  tiers: { min_quantity: number; amount: number }[]
}

const units = (value: string) => (/^\d{1,5}$/.test(value) && Number(value) >= 1 ? Number(value) : null)

/**
 * A variant's wholesale form: its minimum, case pack and tier rows (a row left empty is no tier).
 * Whether a tier starts above 1 unit and stays at or below the retail price is the backend's check.
 */
export function readVariantWholesale(formData: FormData): {
  values: Record<string, string>
  errors: Record<string, PortalFieldError>
  body?: Omit<VariantWholesaleBody, "variant_id">
} {
  const text = (name: string) => String(formData.get(name) ?? "").trim()
  const values: Record<string, string> = { min_quantity: text("min_quantity"), case_pack: text("case_pack") }
  const errors: Record<string, PortalFieldError> = {}
  const minQuantity = values.min_quantity ? units(values.min_quantity) : 1
  const casePack = values.case_pack ? units(values.case_pack) : 1
  if (minQuantity === null) errors.min_quantity = "stock"
  if (casePack === null) errors.case_pack = "stock"
  const tiers: VariantWholesaleBody["tiers"] = []
  for (let i = 0; i < TIER_ROWS; i++) {
    const from = (values[`tier_min_${i}`] = text(`tier_min_${i}`))
    const amount = (values[`tier_amount_${i}`] = text(`tier_amount_${i}`))
    if (!from && !amount) continue
    const fromUnits = units(from)
    const price = parseVnd(amount)
    if (fromUnits === null) errors[`tier_min_${i}`] = "stock"
    if (price === null) errors[`tier_amount_${i}`] = "price"
    if (fromUnits !== null && price !== null) tiers.push({ min_quantity: fromUnits, amount: price })
  }
  if (Object.keys(errors).length) return { values, errors }
  return { values, errors, body: { min_quantity: minQuantity!, case_pack: casePack!, tiers } }
}

/** The backend names a refused tier field `variants.0.tiers.1.amount`: the form's field for it. */
export function wholesaleFieldOf(message: string): string | undefined {
  const tier = /^variants\.\d+\.tiers\.(\d+)\.(min_quantity|amount)/.exec(message)
  if (tier) return tier[2] === "amount" ? `tier_amount_${tier[1]}` : `tier_min_${tier[1]}`
  return /^variants\.\d+\.(min_quantity|case_pack)/.exec(message)?.[1]
}
