import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { wholesaleGroupIdOf } from "../../../lib/buyer-company"

export const setWholesaleMembershipStepId = "set-wholesale-membership"

/**
 * Puts the customers into the wholesale customer group (`member`) or takes them out, touching only
 * those not already so; the compensation reverses exactly those.
 */
export const setWholesaleMembershipStep = createStep(
  setWholesaleMembershipStepId,
  async (input: { customer_ids: string[]; member: boolean }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const groupId = await wholesaleGroupIdOf(container)
    const rows = input.customer_ids.length
      ? await customers.listCustomers({ id: input.customer_ids }, { relations: ["groups"] })
      : []
    const changed = rows
      .filter((customer) => (customer.groups ?? []).some((group) => group.id === groupId) !== input.member)
      .map((customer) => ({ customer_id: customer.id, customer_group_id: groupId }))
    if (changed.length) {
      if (input.member) await customers.addCustomerToGroup(changed)
      else await customers.removeCustomerFromGroup(changed)
    }
    return new StepResponse(undefined, { changed, member: input.member })
  },
  async (undo, { container }) => {
    if (!undo?.changed.length) return
    const customers = container.resolve(Modules.CUSTOMER)
    if (undo.member) await customers.removeCustomerFromGroup(undo.changed)
    else await customers.addCustomerToGroup(undo.changed)
  }
)
