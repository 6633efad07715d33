import { MedusaContainer } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerGroupsWorkflow } from "@medusajs/medusa/core-flows"
import { WHOLESALE_GROUP_NAME } from "../../lib/buyer-company"

/** The customer group whose members (verified buyer companies' staff) get wholesale prices. Safe to run again. */
export async function setupWholesaleGroup(container: MedusaContainer) {
  const [group] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomerGroups({ name: WHOLESALE_GROUP_NAME }, { take: 1 })
  if (group) return { wholesaleGroupId: group.id }
  const { result } = await createCustomerGroupsWorkflow(container).run({
    input: { customersData: [{ name: WHOLESALE_GROUP_NAME, metadata: { ocop_role: "wholesale" } }] },
  })
  return { wholesaleGroupId: result[0].id }
}
