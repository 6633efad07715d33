import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NewSalesFact } from "../../../lib/report/sales-facts"
import { REPORT_MODULE } from "../../../modules/report"
import type ReportModuleService from "../../../modules/report/service"

export const writeSalesFactsStepId = "write-sales-facts"

/** Writes the facts not recorded yet (by `source_key`); undoing removes only those it wrote. */
export const writeSalesFactsStep = createStep(
  writeSalesFactsStepId,
  async (facts: NewSalesFact[], { container }) => {
    const reports: ReportModuleService = container.resolve(REPORT_MODULE)
    const written = facts.length ? await reports.recordSalesFacts(facts) : []
    return new StepResponse({ written: written.length }, written)
  },
  async (written, { container }) => {
    if (!written?.length) return
    await container.resolve<ReportModuleService>(REPORT_MODULE).deleteSalesFacts(written)
  }
)
