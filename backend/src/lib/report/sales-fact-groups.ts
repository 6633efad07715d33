import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What changed: checkouts, producer orders (a cancellation), or the checkout payments refunded. */
export type SalesFactChanges = { order_group_ids?: string[]; order_ids?: string[]; payment_ids?: string[] }

/**
 * The checkouts (order groups) whose sales facts a change touches: a refund of the checkout's
 * payment is spread over all its producer orders, so facts are always built for whole checkouts.
 * An order outside any checkout (a parent order) touches none.
 */
export async function salesFactGroups(container: MedusaContainer, changes: SalesFactChanges): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const groupIds = new Set(changes.order_group_ids ?? [])
  if (changes.order_ids?.length) {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "order_group.id"],
      filters: { id: changes.order_ids },
    })
    for (const order of orders) if (order.order_group?.id) groupIds.add(order.order_group.id)
  }
  if (changes.payment_ids?.length) {
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["id", "payment_collection.order.id"],
      filters: { id: changes.payment_ids },
    })
    const parentIds = payments.flatMap((p) => {
      const id = (p.payment_collection as { order?: { id: string } } | null)?.order?.id
      return id ? [id] : []
    })
    if (parentIds.length) {
      const { data: groups } = await query.graph({
        entity: "order_group",
        fields: ["id"],
        filters: { parent_order_id: parentIds },
      })
      for (const group of groups) groupIds.add(group.id)
    }
  }
  return [...groupIds]
}
