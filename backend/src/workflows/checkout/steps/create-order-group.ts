import { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import MarketplaceModuleService from "../../../modules/marketplace/service"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { PreparedSplit } from "./prepare-producer-orders"

export const createOrderGroupStepId = "create-order-group"

/** Creates the producer orders and the group holding them, and links each order to its producer. */
export const createOrderGroupStep = createStep(
  createOrderGroupStepId,
  async ({ parent, producer_orders }: PreparedSplit, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    const link = container.resolve(ContainerRegistrationKeys.LINK)

    const orders = await orderModule.createOrders(producer_orders.map((p) => p.order))
    const group = await marketplace.createOrderGroups({
      cart_id: parent.cart_id,
      parent_order_id: parent.id,
      customer_id: parent.customer_id,
      email: parent.email,
      currency_code: parent.currency_code,
      total: parent.total,
    })
    const links = orders.flatMap((order, i): LinkDefinition[] => [
      { [MARKETPLACE_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id: order.id } },
      { [PRODUCER_MODULE]: { producer_id: producer_orders[i].producer_id }, [Modules.ORDER]: { order_id: order.id } },
    ])
    await link.create(links)
    // Which producer-order line item stands for which line item of the parent order.
    const moves = orders.flatMap((order) =>
      ((order.items ?? []) as { id: string; metadata?: Record<string, unknown> | null }[]).map((item) => ({
        from_line_item_id: item.metadata?.parent_line_item_id as string,
        to_line_item_id: item.id,
      }))
    )
    return new StepResponse(
      { order_group_id: group.id, order_ids: orders.map((o) => o.id), moves },
      { group_id: group.id, order_ids: orders.map((o) => o.id), links }
    )
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(created.links)
    const marketplace: MarketplaceModuleService = container.resolve(MARKETPLACE_MODULE)
    await marketplace.deleteOrderGroups(created.group_id)
    await container.resolve(Modules.ORDER).deleteOrders(created.order_ids)
  }
)
