import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IndicatorCode, IndicatorTrendView, INDICATORS } from "@ocop/shared"
import { indicatorTrend } from "../../../../../../../lib/report/indicators"
import { AdminIndicatorTrendType } from "../../validators"

/** The indicator per month, quarter or year of the period, within the filters. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminIndicatorTrendType>, res: MedusaResponse) => {
  const code = req.params.code as IndicatorCode
  const { interval, ...filters } = req.validatedQuery
  const answer: IndicatorTrendView = {
    indicator: code,
    unit: INDICATORS[code].unit,
    points: await indicatorTrend(req.scope, code, interval, filters),
  }
  res.json(answer)
}
