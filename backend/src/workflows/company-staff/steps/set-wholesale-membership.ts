import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { wholesaleGroupIdOf } from "../../../lib/buyer-company"

type Membership = { customer_id: string; member: boolean }

export const setWholesaleMembershipStepId = "set-wholesale-membership"

/** Puts a customer in (or takes it out of) the wholesale customer group, whose members see wholesale prices. */
export const setWholesaleMembershipStep = createStep(
  setWholesaleMembershipStepId,
  async (input: Membership, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const customer_group_id = await wholesaleGroupIdOf(container)
    const [customer] = await customers.listCustomers({ id: input.customer_id }, { relations: ["groups"] })
    const wasMember = !!customer?.groups?.some((group) => group.id === customer_group_id)
    if (!customer || wasMember === input.member) return new StepResponse(undefined)
    const pair = { customer_id: input.customer_id, customer_group_id }
    if (input.member) await customers.addCustomerToGroup(pair)
    else await customers.removeCustomerFromGroup(pair)
    return new StepResponse(undefined, { customer_id: input.customer_id, member: wasMember })
  },
  async (before, { container }) => {
    if (!before) return
    const customers = container.resolve(Modules.CUSTOMER)
    const pair = { customer_id: before.customer_id, customer_group_id: await wholesaleGroupIdOf(container) }
    if (before.member) await customers.addCustomerToGroup(pair)
    else await customers.removeCustomerFromGroup(pair)
  }
)
