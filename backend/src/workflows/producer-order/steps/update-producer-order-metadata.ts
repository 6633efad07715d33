import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const updateProducerOrderMetadataStepId = "update-producer-order-metadata"

/** Adds keys to an order's metadata (accepted_at, carrier, cancel_reason…); undone by restoring the old metadata. */
export const updateProducerOrderMetadataStep = createStep(
  updateProducerOrderMetadataStepId,
  async (input: { order_id: string; metadata: Record<string, unknown> }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const before = await orders.retrieveOrder(input.order_id, { select: ["id", "metadata"] })
    const previous = (before.metadata ?? {}) as Record<string, unknown>
    await orders.updateOrders([{ id: input.order_id, metadata: { ...previous, ...input.metadata } }])
    return new StepResponse(undefined, { order_id: input.order_id, metadata: previous })
  },
  async (saved, { container }) => {
    if (!saved) return
    await container.resolve(Modules.ORDER).updateOrders([{ id: saved.order_id, metadata: saved.metadata }])
  }
)
