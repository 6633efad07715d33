import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  missingToMinimum,
  nextTier,
  tierFor,
  wholesaleQuantityProblem,
  wholesaleTerms,
  type WholesaleCartPart,
  type WholesaleCartSummary,
  type WholesaleLineProblem,
} from "@ocop/shared"
import { buyerOfCustomer, buysWholesale } from "./buyer-company"
import { ERROR_CODES } from "./error-codes"
import {
  attachWholesalePrices,
  WHOLESALE_VARIANT_FIELDS,
  wholesaleTiersOf,
  type WholesaleVariantRow,
} from "./wholesale-prices"

/** Whether a cart of this customer is a wholesale one: its company is verified (a guest's never is). */
export async function customerBuysWholesale(container: MedusaContainer, customerId: string | null | undefined) {
  return buysWholesale(await buyerOfCustomer(container, customerId))
}

/** The code and words of a wholesale quantity of a variant that cannot be ordered, or undefined. */
export function wholesaleLineProblem(
  metadata: Record<string, unknown> | null | undefined,
  quantity: number,
  name: string
): { code: WholesaleLineProblem; message: string } | undefined {
  const terms = wholesaleTerms(metadata)
  const problem = wholesaleQuantityProblem(terms, quantity)
  if (problem === "below_minimum") {
    return {
      code: ERROR_CODES.belowWholesaleMinimum,
      message: `quantity: at least ${terms.min_quantity} per wholesale order for ${name}`,
    }
  }
  if (problem === "not_case_multiple") {
    return {
      code: ERROR_CODES.notCaseMultiple,
      message: `quantity: ${name} is sold by cases of ${terms.case_pack}; ${quantity} is not a multiple`,
    }
  }
  return undefined
}

type CartRow = {
  id: string
  customer_id: string | null
  items?:
    | ({
        id: string
        variant_id: string | null
        title: string
        quantity: number | string
        unit_price: number | string
        variant?:
          | (WholesaleVariantRow & {
              product?: {
                producer?: {
                  id: string
                  name: string
                  handle: string
                  wholesale_min_order_value: number | null
                  price_list?: { id: string } | null
                } | null
              } | null
            })
          | null
      } | null)[]
    | null
}

const CART_FIELDS = [
  "id",
  "customer_id",
  "items.id",
  "items.variant_id",
  "items.title",
  "items.quantity",
  "items.unit_price",
  ...WHOLESALE_VARIANT_FIELDS.map((field) => `items.variant.${field}`),
  "items.variant.product.producer.name",
  "items.variant.product.producer.handle",
  "items.variant.product.producer.wholesale_min_order_value",
]

/**
 * A wholesale cart per producer: each part's subtotal against the producer's minimum order value,
 * and each line's tier, next tier and whether its quantity meets the variant's minimum and case
 * pack. One query, whatever the size of the catalogue. Undefined when there is no such cart.
 */
export async function wholesaleCartSummary(
  container: MedusaContainer,
  cartId: string
): Promise<WholesaleCartSummary | undefined> {
  const {
    data: [cart],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: CART_FIELDS,
    filters: { id: cartId },
  })
  if (!cart) return undefined
  const items = ((cart as unknown as CartRow).items ?? []).filter((item) => !!item?.variant_id && !!item.variant)
  await attachWholesalePrices(
    container,
    items.map((item) => item!.variant!)
  )
  const unitsByVariant = new Map<string, number>()
  for (const item of items) {
    unitsByVariant.set(item!.variant_id!, (unitsByVariant.get(item!.variant_id!) ?? 0) + Number(item!.quantity))
  }
  const parts = new Map<string, WholesaleCartPart>()
  for (const item of items) {
    const variant = item!.variant!
    const producer = variant.product?.producer
    if (!producer) continue
    const part = parts.get(producer.id) ?? {
      producer: { id: producer.id, name: producer.name, handle: producer.handle },
      subtotal: 0,
      minimum: producer.wholesale_min_order_value == null ? null : Number(producer.wholesale_min_order_value),
      missing: 0,
      lines: [],
      problems: [],
    }
    const quantity = Number(item!.quantity)
    const unitPrice = Number(item!.unit_price)
    const tiers = wholesaleTiersOf(variant)
    const terms = wholesaleTerms(variant.metadata)
    const problem = wholesaleLineProblem(variant.metadata, unitsByVariant.get(variant.id)!, item!.title)
    part.subtotal += unitPrice * quantity
    part.lines.push({
      line_id: item!.id,
      variant_id: variant.id,
      title: item!.title,
      quantity,
      unit_price: unitPrice,
      ...terms,
      tier: tierFor(tiers, quantity) ?? null,
      next_tier: nextTier(tiers, quantity) ?? null,
      problem: problem?.code ?? null,
    })
    if (problem && !part.problems.includes(problem.code)) part.problems.push(problem.code)
    parts.set(producer.id, part)
  }
  const producers = [...parts.values()].map((part) => {
    const missing = missingToMinimum(part.subtotal, part.minimum)
    const problems = missing > 0 ? [ERROR_CODES.producerMinimumNotMet, ...part.problems] : part.problems
    return { ...part, missing, problems }
  })
  return { cart_id: cart.id, ready: producers.every((part) => !part.problems.length), producers }
}
