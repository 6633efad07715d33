import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createPriceListPricesWorkflow,
  createPriceListsWorkflow,
  createRemoteLinkStep,
  releaseLockStep,
  removePriceListPricesWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { tierRanges } from "@ocop/shared"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { wholesalePricesOf } from "../../../lib/wholesale-prices"
import { findWholesaleGroupStep } from "../steps/find-wholesale-group"
import { validateWholesaleTermsStep, type VariantWholesaleInput } from "../steps/validate-wholesale-terms"

export type SetProductWholesaleInput = {
  producer_id: string
  product_id: string
  variants: VariantWholesaleInput[]
}

type ProducerRow = { id: string; name: string; price_list?: { id: string } | null }

export const setProductWholesaleWorkflowId = "set-product-wholesale"

/**
 * Replaces the wholesale tiers of some of a producer's variants and sets their wholesale minimum
 * and case pack. Tiers are prices with a `min_quantity` (and a `max_quantity` one below the next
 * tier) in the producer's one wholesale price list, which only the wholesale customer group gets;
 * the list is made with the producer's first tiers. One producer's changes run one at a time.
 */
export const setProductWholesaleWorkflow = createWorkflow(
  setProductWholesaleWorkflowId,
  (input: SetProductWholesaleInput) => {
    const lockKey = transform({ input }, ({ input }) => `wholesale-prices-${input.producer_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const variants = validateWholesaleTermsStep(
      transform({ input }, ({ input }) => ({ product_id: input.product_id, variants: input.variants }))
    )
    const { data: producers } = useQueryGraphStep({
      entity: "producer",
      fields: ["id", "name", "price_list.id"],
      filters: { id: input.producer_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "producer-price-list" })

    const created = when("no-wholesale-price-list", { producers }, ({ producers }) => !producers[0]?.price_list).then(
      () => {
        const groupId = findWholesaleGroupStep()
        const lists = createPriceListsWorkflow.runAsStep({
          input: transform({ producers, groupId }, ({ producers, groupId }) => ({
            price_lists_data: [
              {
                title: `Giá sỉ – ${(producers[0] as ProducerRow).name}`,
                description: "Wholesale tiers for verified buyer companies",
                status: "active" as const,
                rules: { "customer.groups.id": [groupId] },
                prices: [],
              },
            ],
          })),
        })
        createRemoteLinkStep(
          transform({ input, lists }, ({ input, lists }) => [
            { [PRODUCER_MODULE]: { producer_id: input.producer_id }, pricing: { price_list_id: lists[0].id } },
          ])
        )
        return lists
      }
    )
    const priceListId = transform(
      { producers, created },
      ({ producers, created }) => (producers[0] as ProducerRow).price_list?.id ?? created![0].id
    )

    const oldPriceIds = transform({ variants }, ({ variants }) =>
      variants.flatMap((variant) => wholesalePricesOf(variant).map((price) => price.id))
    )
    when("wholesale-prices-to-remove", { oldPriceIds }, ({ oldPriceIds }) => oldPriceIds.length > 0).then(() => {
      removePriceListPricesWorkflow.runAsStep({ input: { ids: oldPriceIds } })
    })
    const newPrices = transform({ input, priceListId }, ({ input, priceListId }) => [
      {
        id: priceListId,
        prices: input.variants.flatMap((variant) =>
          tierRanges(variant.tiers).map((tier) => ({
            variant_id: variant.variant_id,
            currency_code: "vnd",
            amount: tier.amount,
            min_quantity: tier.min_quantity,
            max_quantity: tier.max_quantity,
          }))
        ),
      },
    ])
    when("wholesale-prices-to-add", { newPrices }, ({ newPrices }) => newPrices[0].prices.length > 0).then(() => {
      createPriceListPricesWorkflow.runAsStep({ input: { data: newPrices } })
    })

    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input, variants }, ({ input, variants }) => ({
        product_variants: input.variants.map((terms, i) => ({
          id: terms.variant_id,
          metadata: {
            ...variants[i].metadata,
            wholesale_min_quantity: terms.min_quantity,
            case_pack: terms.case_pack,
            // For the catalogue's "available wholesale" filter, which must not read the tiers' prices.
            wholesale_tiers: terms.tiers.length,
          },
        })),
      })),
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ price_list_id: priceListId })
  }
)
