import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { type Buyer, buysWholesale } from "../../lib/buyer-company"
import { wholesaleCartSummary } from "../../lib/wholesale-cart"
import { ERROR_CODES } from "../../lib/error-codes"

const vnd = (amount: number) => `${amount.toLocaleString("vi-VN")} ₫`

/**
 * A verified buyer's cart completes only when each producer's part reaches that producer's minimum
 * order value and each line meets its variant's wholesale minimum and case pack (the lines were
 * checked as they came in, but a producer may have changed its terms since). Consumers' carts pass.
 */
export async function checkWholesaleCart(container: MedusaContainer, cart: { id: string }, buyer: Buyer | undefined) {
  if (!buysWholesale(buyer)) return
  const summary = await wholesaleCartSummary(container, cart.id)
  for (const part of summary?.producers ?? []) {
    if (part.missing > 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items: ${part.producer.name} needs ${vnd(part.missing)} more to reach its wholesale minimum order of ${vnd(part.minimum!)}. Nothing was ordered or charged.`,
        ERROR_CODES.producerMinimumNotMet
      )
    }
    const line = part.lines.find((candidate) => candidate.problem)
    if (line) {
      const rule =
        line.problem === ERROR_CODES.belowWholesaleMinimum
          ? `at least ${line.min_quantity} per wholesale order`
          : `sold by cases of ${line.case_pack}`
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items: ${line.title} from ${part.producer.name} is ${rule}; the cart has ${line.quantity}. Nothing was ordered or charged.`,
        line.problem!
      )
    }
  }
}
