import { model } from "@medusajs/framework/utils"
import { COMPARISONS, INDICATOR_CODES, SALES_CHANNELS, SCOPE_KINDS } from "@ocop/shared"
import { Plan } from "./plan"

/**
 * One target of a plan: an indicator compared with a value by a deadline over a scope. A target the
 * marketplace cannot measure (training rounds, showrooms per district) keeps only its words.
 */
export const PlanTarget = model.define("report_plan_target", {
  id: model.id({ prefix: "ptgt" }).primaryKey(),
  indicator: model.enum([...INDICATOR_CODES]).nullable(),
  comparison: model.enum([...COMPARISONS]).nullable(),
  value: model.float().nullable(),
  deadline: model.dateTime(),
  scope_kind: model.enum([...SCOPE_KINDS]).default("province"),
  // The province's code, a former district's name, or a commune's code.
  scope_code: model.text(),
  baseline: model.float().nullable(),
  channel: model.enum([...SALES_CHANNELS]).nullable(),
  text_vi: model.text(),
  rank: model.number().default(0),
  plan: model.belongsTo(() => Plan, { mappedBy: "targets" }),
})
