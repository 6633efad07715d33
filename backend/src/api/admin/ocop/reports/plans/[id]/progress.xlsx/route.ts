import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vietnamDate } from "@ocop/shared"
import { planProgress } from "../../../../../../../lib/report/plan-progress"
import { progressSheet, scopeNames } from "../../../../../../../lib/report/progress-sheet"
import { writeReportWorkbook, XLSX_CONTENT_TYPE } from "../../../../../../../lib/report/report-workbook"
import { retrievePlanView } from "../../plan-view"
import { AdminPlanProgressType } from "../../validators"

/** The plan's targets against their actuals on `as_of`, as the workbook an official passes on. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminPlanProgressType>, res: MedusaResponse) => {
  const plan = await retrievePlanView(req.scope, req.params.id)
  const asOf = req.validatedQuery.as_of ?? vietnamDate(new Date())
  const targets = await planProgress(req.scope, plan, asOf)
  const names = await scopeNames(req.scope, plan)
  res.setHeader("Content-Type", XLSX_CONTENT_TYPE)
  res.setHeader("Content-Disposition", `attachment; filename="tien-do-ke-hoach-${asOf}.xlsx"`)
  await writeReportWorkbook(
    res,
    {
      title: `Tiến độ thực hiện: ${plan.name}`,
      period: `${plan.period_start} – ${plan.period_end}, số liệu đến ngày ${asOf}`,
      filters: [
        ["Quyết định", [plan.decision_number, plan.decision_date].filter(Boolean).join(", ") || "—"],
        ["Tỉnh", names.province],
        ...(plan.demo ? [["Ghi chú", "Kế hoạch mẫu (số liệu giả định)"] as [string, string]] : []),
      ],
      madeAt: new Date(),
    },
    [progressSheet(targets, names)]
  )
  res.end()
}
