import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, uploadFilesWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ListingImageRecord, listingImages } from "../listing-images"

/** The WebP copies of one picture, by width, base64 (made and checked by lib/uploads/product-image.ts). */
export type AddProductImageInput = { product_id: string; copies: { width: number; content: string }[] }

export const addProductImageWorkflowId = "add-product-image"

/**
 * Stores a listing's new picture: its copies go through the file module, the largest becomes the
 * product image (its sizes in the image's metadata for the storefront's srcset), and a listing
 * without a thumbnail takes the 640 px copy. Should the product update fail, the files are removed.
 */
export const addProductImageWorkflow = createWorkflow(addProductImageWorkflowId, (input: AddProductImageInput) => {
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "thumbnail", "images.id", "images.url", "images.metadata"],
    filters: { id: input.product_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "listing-images" })

  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: input.copies.map((copy) => ({
        filename: `${input.product_id}-${copy.width}.webp`,
        mimeType: "image/webp",
        content: copy.content,
        access: "public" as const,
      })),
    })),
  })

  updateProductsWorkflow.runAsStep({
    input: transform({ input, products, files }, ({ input, products, files }) => {
      const sizes = Object.fromEntries(input.copies.map((copy, i) => [String(copy.width), files[i].url]))
      const image: ListingImageRecord = {
        url: files[files.length - 1].url,
        metadata: { sizes, file_ids: files.map((file) => file.id) },
      }
      return {
        products: [
          {
            id: input.product_id,
            images: [...listingImages(products[0].images), image],
            ...(products[0].thumbnail ? {} : { thumbnail: sizes["640"] ?? image.url }),
          },
        ],
      }
    }),
  })
  return new WorkflowResponse(input.product_id)
})
