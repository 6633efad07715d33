import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IndicatorBreakdownView, IndicatorCode, INDICATORS } from "@ocop/shared"
import { indicatorBreakdown } from "../../../../../../../lib/report/indicators"
import { AdminIndicatorBreakdownType } from "../../validators"

/** The indicator over the period per former district, commune, producer or product inside the filters' scope. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminIndicatorBreakdownType>,
  res: MedusaResponse
) => {
  const code = req.params.code as IndicatorCode
  const { level, ...filters } = req.validatedQuery
  const answer: IndicatorBreakdownView = {
    indicator: code,
    unit: INDICATORS[code].unit,
    rows: await indicatorBreakdown(req.scope, code, level, filters),
  }
  res.json(answer)
}
