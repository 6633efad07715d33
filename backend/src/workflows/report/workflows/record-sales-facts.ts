import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildSalesFactsStep } from "../steps/build-sales-facts"
import type { SalesFactChanges } from "../../../lib/report/sales-fact-groups"
import { findSalesFactGroupsStep } from "../steps/find-sales-fact-groups"
import { writeSalesFactsStep } from "../steps/write-sales-facts"

export const recordSalesFactsWorkflowId = "record-sales-facts"

/**
 * Records the sales facts of the checkouts a change touched (a placement, a cancellation, a
 * refund): their facts are built from the orders as they stand and only the new ones are written,
 * so running it again, from an event or the nightly replay, changes nothing.
 */
export const recordSalesFactsWorkflow = createWorkflow(recordSalesFactsWorkflowId, (input: SalesFactChanges) => {
  const groupIds = findSalesFactGroupsStep(input)
  const facts = buildSalesFactsStep(transform({ groupIds }, ({ groupIds }) => ({ order_group_ids: groupIds })))
  return new WorkflowResponse(writeSalesFactsStep(facts))
})
