import { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../../modules/ocop"
import { OCOP_PRODUCTS_CHANGED_EVENT } from "../../../lib/events"
import { resolvePlacesStep } from "../steps/resolve-places"
import { upsertOriginsStep } from "../steps/upsert-origins"

export type ProductOriginInput = {
  product_id: string
  province_code: string
  commune_code: string
  former_district?: string | null
  growing_area_code?: string | null
  traceability_code?: string
}

export const setProductOriginsWorkflowId = "set-product-origins"

/** Sets where products come from: the commune must lie in the province; the former district defaults to its majority one. */
export const setProductOriginsWorkflow = createWorkflow(
  setProductOriginsWorkflowId,
  (input: { origins: ProductOriginInput[] }) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "ocop_origin.id"],
      filters: { id: transform({ input }, ({ input }) => input.origins.map((o) => o.product_id)) },
      options: { throwIfKeyNotFound: true },
    })
    const linkedOrigins = transform({ products }, ({ products }) =>
      products.map((product) => ({
        id: product.id,
        originId: (product as { ocop_origin?: { id: string } }).ocop_origin?.id,
      }))
    )
    const places = resolvePlacesStep(transform({ input }, ({ input }) => ({ places: input.origins })))
    const origins = upsertOriginsStep(
      transform({ input, places, linkedOrigins }, ({ input, places, linkedOrigins }) =>
        input.origins.map(({ product_id, ...origin }, i) => ({
          ...origin,
          ...places[i],
          id: linkedOrigins.find((p) => p.id === product_id)?.originId,
        }))
      )
    )
    createRemoteLinkStep(
      transform({ input, origins, linkedOrigins }, ({ input, origins, linkedOrigins }) =>
        input.origins
          .map((origin, i): LinkDefinition | undefined =>
            linkedOrigins.find((p) => p.id === origin.product_id)?.originId
              ? undefined
              : {
                  [Modules.PRODUCT]: { product_id: origin.product_id },
                  [OCOP_MODULE]: { ocop_origin_id: origins[i].id },
                }
          )
          .filter((link): link is LinkDefinition => !!link)
      )
    )
    emitEventStep({
      eventName: OCOP_PRODUCTS_CHANGED_EVENT,
      data: transform({ input }, ({ input }) => ({ product_ids: input.origins.map((o) => o.product_id) })),
    })
    return new WorkflowResponse(origins)
  }
)
