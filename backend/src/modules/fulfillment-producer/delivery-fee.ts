/** What a producer charges for standard delivery, as its shipping option's `data` holds it. */
export type DeliveryTerms = { fee: number; free_shipping_threshold?: number | null }

type Line = { unit_price?: unknown; quantity?: unknown }

/** The producer's goods in the cart, at the prices the buyer sees (VND, VAT included). */
export function producerSubtotal(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + Number(line.unit_price ?? 0) * Number(line.quantity ?? 0), 0)
}

/** The flat fee, or nothing once the producer's goods reach its threshold (no threshold: always the fee). */
export function deliveryFee(terms: DeliveryTerms, lines: Line[]): number {
  const threshold = terms.free_shipping_threshold
  if (threshold != null && producerSubtotal(lines) >= threshold) return 0
  return terms.fee
}
