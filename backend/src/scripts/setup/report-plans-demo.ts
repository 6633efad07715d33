import { MedusaContainer } from "@medusajs/framework"
import { REPORT_MODULE } from "../../modules/report"
import type ReportModuleService from "../../modules/report/service"
import { createPlanWorkflow } from "../../workflows/report/workflows/create-plan"
import { DEMO_PLANS } from "./report-plans-demo-data"

/**
 * The demo provinces' OCOP plans (report-plans-demo-data.ts), each through the same workflow the
 * office's screen uses. A plan already there by its name is left alone, so a second run adds nothing.
 */
export async function setupReportPlansDemo(container: MedusaContainer) {
  const reports = container.resolve<ReportModuleService>(REPORT_MODULE)
  const existing = await reports.listPlans({ name: DEMO_PLANS.map((plan) => plan.name) }, { select: ["name"] })
  const present = new Set(existing.map((plan) => plan.name))
  let created = 0
  for (const plan of DEMO_PLANS.filter((candidate) => !present.has(candidate.name))) {
    await createPlanWorkflow(container).run({ input: plan })
    created += 1
  }
  return created
}
