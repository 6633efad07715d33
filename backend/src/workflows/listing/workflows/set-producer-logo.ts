import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { updateProducerWorkflow } from "../../producer/workflows/update-producer"

/** The logo's WebP copy, base64 (made and checked by lib/uploads/product-image.ts). */
export type SetProducerLogoInput = { producer_id: string; content: string }

export const setProducerLogoWorkflowId = "set-producer-logo"

/** Stores a producer's logo through the file module and points `logo_url` at it (the file is removed if that fails). */
export const setProducerLogoWorkflow = createWorkflow(setProducerLogoWorkflowId, (input: SetProducerLogoInput) => {
  const files = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: [
        {
          filename: `${input.producer_id}-logo.webp`,
          mimeType: "image/webp",
          content: input.content,
          access: "public" as const,
        },
      ],
    })),
  })
  const producer = updateProducerWorkflow.runAsStep({
    input: transform({ input, files }, ({ input, files }) => ({ id: input.producer_id, logo_url: files[0].url })),
  })
  return new WorkflowResponse(producer)
})
