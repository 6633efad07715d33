// What the wholesale price routes answer: the portal's tier editor and settings
// (/producer/products/:id/wholesale, /producer/wholesale-settings), a verified buyer's tier table
// (/store/products/:id/wholesale-tiers) and cart summary (/store/carts/:id/wholesale).
import type { WholesaleTier } from "../wholesale"
import type { WholesaleTierRange } from "../wholesale-prices"

/** One variant's wholesale terms: its retail price, tiers, minimum and case pack (1: none). */
export type VariantWholesale = {
  variant_id: string
  title: string
  sku: string | null
  /** In đồng; null before the producer sets one. */
  retail_price: number | null
  min_quantity: number
  case_pack: number
  tiers: WholesaleTierRange[]
}

export type ProductWholesale = { product_id: string; variants: VariantWholesale[] }

export type WholesaleSettings = { wholesale_min_order_value: number | null }

/** Why a wholesale line cannot be ordered as it stands. */
export type WholesaleLineProblem = "below_wholesale_minimum" | "not_case_multiple"

export type WholesaleCartLine = {
  line_id: string
  variant_id: string
  title: string
  quantity: number
  unit_price: number
  min_quantity: number
  case_pack: number
  /** The tier that prices this quantity, and the next one (what buying more would unlock). */
  tier: WholesaleTier | null
  next_tier: WholesaleTier | null
  problem: WholesaleLineProblem | null
}

/** A producer's part of a verified buyer's cart against that producer's minimum order value. */
export type WholesaleCartPart = {
  producer: { id: string; name: string; handle: string }
  subtotal: number
  /** In đồng; null: no minimum. */
  minimum: number | null
  /** What the part still lacks to reach the minimum (0 when met). */
  missing: number
  lines: WholesaleCartLine[]
  problems: ("producer_minimum_not_met" | WholesaleLineProblem)[]
}

export type WholesaleCartSummary = { cart_id: string; ready: boolean; producers: WholesaleCartPart[] }
