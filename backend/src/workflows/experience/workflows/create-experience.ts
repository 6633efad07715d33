import crypto from "node:crypto"
import { LinkDefinition } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { EXPERIENCE_MODULE } from "../../../modules/experience"
import { handleOf } from "@ocop/shared"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { vndPrices } from "../../listing/listing-content"
import { setProductOriginsWorkflow } from "../../ocop/workflows/set-product-origins"
import { validateProducerExistsStep } from "../../producer/steps/validate-producer-exists"
import {
  CreateExperienceInput,
  EXPERIENCE_PRODUCT_GROUP,
  EXPERIENCE_PRODUCT_SET,
  PARTICIPANT_OPTION,
} from "../experience-content"
import { createExperienceRowsStep } from "../steps/create-experience-rows"
import { findExperienceReviewStatusStep } from "../steps/find-experience-review-status"
import { validateExperienceStep } from "../steps/validate-experience"

export const createExperienceWorkflowId = "create-experience"

/**
 * A host's new experience. Its product carries the prices (one variant per participant type, no
 * managed inventory: places are the sessions' capacity) and no shipping profile, so its cart lines
 * need no delivery; it is linked to the producer (the checkout split puts a booking into the host's
 * order), to its place, and marked OCOP group VI for the catalogue. It goes on sale when the
 * experience is published: a host's first one waits for the office.
 */
export const createExperienceWorkflow = createWorkflow(createExperienceWorkflowId, (input: CreateExperienceInput) => {
  validateProducerExistsStep(input.producer_id)
  validateExperienceStep(input)
  const status = findExperienceReviewStatusStep(input.producer_id)
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] }).config({
    name: "experience-store",
  })

  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, stores, status }, ({ input, stores, status }) => ({
      products: [
        {
          title: input.title_vi,
          description: input.description_vi,
          handle: `${handleOf(input.title_vi)}-${crypto.randomBytes(3).toString("hex")}`,
          status: status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
          sales_channels: [{ id: stores[0].default_sales_channel_id as string }],
          metadata: {
            title_en: input.title_en ?? "",
            description_en: input.description_en ?? "",
            product_set: EXPERIENCE_PRODUCT_SET,
            product_group: EXPERIENCE_PRODUCT_GROUP,
          },
          options: [{ title: PARTICIPANT_OPTION, values: input.participant_types.map((type) => type.name_vi) }],
          variants: input.participant_types.map((type, i) => ({
            title: type.name_vi,
            variant_rank: i,
            manage_inventory: false,
            options: { [PARTICIPANT_OPTION]: type.name_vi },
            prices: vndPrices(type.price),
          })),
        },
      ],
    })),
  })
  const product = transform({ products }, ({ products }) => ({
    id: products[0].id,
    handle: products[0].handle,
    variants: (products[0].variants ?? []).map((variant) => ({ id: variant.id, title: variant.title })),
  }))

  setProductOriginsWorkflow.runAsStep({
    input: transform({ input, product }, ({ input, product }) => ({
      origins: [{ product_id: product.id, province_code: input.province_code, commune_code: input.commune_code }],
    })),
  })
  const experience = createExperienceRowsStep(
    transform({ input, status, product }, ({ input, status, product }) => ({ experience: input, status, product }))
  )
  createRemoteLinkStep(
    transform({ input, product, experience }, ({ input, product, experience }): LinkDefinition[] => [
      { [Modules.PRODUCT]: { product_id: product.id }, [PRODUCER_MODULE]: { producer_id: input.producer_id } },
      { [EXPERIENCE_MODULE]: { experience_id: experience.id }, [Modules.PRODUCT]: { product_id: product.id } },
    ])
  )
  emitEventStep({
    eventName: OCOP_PRODUCTS_CHANGED_EVENT,
    data: transform({ product }, ({ product }) => ({ product_ids: [product.id] })),
  })
  return new WorkflowResponse(experience)
})
