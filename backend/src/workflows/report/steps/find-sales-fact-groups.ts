import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { salesFactGroups, type SalesFactChanges } from "../../../lib/report/sales-fact-groups"

export const findSalesFactGroupsStepId = "find-sales-fact-groups"

/** The checkouts whose facts a change touches (see salesFactGroups). No writes. */
export const findSalesFactGroupsStep = createStep(
  findSalesFactGroupsStepId,
  async (changes: SalesFactChanges, { container }) => new StepResponse(await salesFactGroups(container, changes))
)
