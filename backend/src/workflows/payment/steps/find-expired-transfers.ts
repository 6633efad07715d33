import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_PROVIDER_ID } from "@ocop/shared"

export const findExpiredTransfersStepId = "find-expired-transfers"

// Transfer deadlines are hours or days; older checkouts were settled one way or the other.
const LOOKBACK_MS = 31 * 24 * 3600_000

export type ExpiredCheckout = {
  order_group_id: string
  parent_order_id: string
  order_ids: string[]
  reference: string
}

/** Checkouts paid by bank transfer whose transfer never came before its deadline. No writes. */
export const findExpiredTransfersStep = createStep(
  findExpiredTransfersStepId,
  async (input: { now: Date | string }, { container }) => {
    // Workflow input is serialized, so a Date arrives as its ISO string.
    const now = new Date(input.now)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: groups } = await query.graph({
      entity: "order_group",
      fields: ["id", "parent_order_id", "orders.id", "orders.status"],
      filters: { created_at: { $gte: new Date(now.getTime() - LOOKBACK_MS) } },
    })
    if (!groups.length) return new StepResponse([] as ExpiredCheckout[])
    const { data: parents } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.data",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: groups.map((g) => g.parent_order_id) },
    })
    const overdue = new Map<string, string>()
    for (const parent of parents) {
      if (parent.status === "canceled") continue
      const payment = (parent.payment_collections ?? [])
        .flatMap((c) => c?.payments ?? [])
        .find((p) => p?.provider_id === BANK_TRANSFER_PROVIDER_ID && !p.canceled_at)
      const transfer = payment?.data as { expires_at?: string; reference: string } | null | undefined
      const deadline = transfer?.expires_at
      if (payment && !payment.captured_at && deadline && new Date(deadline) <= now)
        overdue.set(parent.id, transfer!.reference)
    }
    return new StepResponse(
      groups
        .filter((group) => overdue.has(group.parent_order_id))
        .map((group) => ({
          order_group_id: group.id,
          parent_order_id: group.parent_order_id,
          order_ids: (group.orders ?? []).flatMap((o) => (o && o.status !== "canceled" ? [o.id] : [])),
          reference: overdue.get(group.parent_order_id)!,
        }))
    )
  }
)
