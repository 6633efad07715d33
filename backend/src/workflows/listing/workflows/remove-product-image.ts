import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow, updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { listingImages } from "../listing-images"

export const removeProductImageWorkflowId = "remove-product-image"

/**
 * Removes a picture from a listing; a thumbnail that was one of its copies moves to the next picture
 * (or none). Its files are deleted last, once the product no longer points at them.
 */
export const removeProductImageWorkflow = createWorkflow(
  removeProductImageWorkflowId,
  (input: { product_id: string; image_id: string }) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "thumbnail", "images.id", "images.url", "images.metadata"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "listing-images" })

    const change = transform({ input, products }, ({ input, products }) => {
      const images = listingImages(products[0].images)
      const removed = images.find((image) => image.id === input.image_id)
      const kept = images.filter((image) => image.id !== input.image_id)
      const removedUrls = [removed?.url, ...Object.values(removed?.metadata.sizes ?? {})]
      const thumbnailGone = !!products[0].thumbnail && removedUrls.includes(products[0].thumbnail)
      return {
        update: {
          id: input.product_id,
          images: kept,
          ...(thumbnailGone ? { thumbnail: kept[0] ? (kept[0].metadata.sizes?.["640"] ?? kept[0].url) : null } : {}),
        },
        file_ids: removed?.metadata.file_ids ?? [],
      }
    })
    updateProductsWorkflow.runAsStep({ input: transform({ change }, ({ change }) => ({ products: [change.update] })) })
    deleteFilesWorkflow.runAsStep({ input: transform({ change }, ({ change }) => ({ ids: change.file_ids })) })
    return new WorkflowResponse(input.product_id)
  }
)
