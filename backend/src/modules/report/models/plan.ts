import { model } from "@medusajs/framework/utils"
import { PlanTarget } from "./plan-target"

/** A provincial OCOP plan (kế hoạch, đề án) as its decision issued it: a period and its targets. */
export const Plan = model
  .define("report_plan", {
    id: model.id({ prefix: "plan" }).primaryKey(),
    name: model.text(),
    decision_number: model.text().nullable(),
    decision_date: model.dateTime().nullable(),
    province_code: model.text().index(),
    period_start: model.dateTime(),
    period_end: model.dateTime(),
    // Figures invented for the demo, not a province's published plan.
    demo: model.boolean().default(false),
    note: model.text().nullable(),
    targets: model.hasMany(() => PlanTarget, { mappedBy: "plan" }),
  })
  .cascades({ delete: ["targets"] })
