import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OcopStatisticsView } from "@ocop/shared"
import { readOcopStatistics } from "../../../../lib/report/ocop-statistics"
import type { GetOcopStatisticsQueryType } from "./validators"

/** A province's OCOP products by stars and group, producers by kind, and both by former district. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<{ statistics: OcopStatisticsView }>) => {
  const { province_code } = req.validatedQuery as GetOcopStatisticsQueryType
  res.json({ statistics: await readOcopStatistics(req.scope, province_code) })
}
