import { z } from "@medusajs/framework/zod"
import { COMPARISONS, INDICATOR_CODES, SALES_CHANNELS, SCOPE_KINDS } from "@ocop/shared"
import { provinceCode } from "../../place-fields"
import { reportDay } from "../validators"

const targetFields = {
  // No indicator: a target the marketplace cannot measure, kept as the plan words it.
  indicator: z.enum(INDICATOR_CODES).nullable(),
  comparison: z.enum(COMPARISONS).nullable(),
  value: z.number().finite().nullable(),
  deadline: reportDay("deadline"),
  scope_kind: z.enum(SCOPE_KINDS),
  // The province's code, a former district's name or a commune's code; the plan's province when left out.
  scope_code: z.string().trim().min(1).max(120),
  baseline: z.number().finite().nullable(),
  channel: z.enum(SALES_CHANNELS).nullable(),
  text_vi: z.string().trim().min(3).max(1000),
  rank: z.number().int().min(0).max(10_000),
}

export const AdminCreatePlanTarget = z.object(targetFields).partial().required({ text_vi: true }).strict()
export type AdminCreatePlanTargetType = z.infer<typeof AdminCreatePlanTarget>

export const AdminUpdatePlanTarget = z.object(targetFields).partial().strict()
export type AdminUpdatePlanTargetType = z.infer<typeof AdminUpdatePlanTarget>

const planFields = {
  name: z.string().trim().min(3).max(300),
  decision_number: z.string().trim().min(1).max(80).nullable(),
  decision_date: reportDay("decision_date").nullable(),
  province_code: provinceCode,
  period_start: reportDay("period_start"),
  period_end: reportDay("period_end"),
  demo: z.boolean(),
  note: z.string().trim().max(2000).nullable(),
}

export const AdminCreatePlan = z
  .object({
    ...planFields,
    decision_number: planFields.decision_number.optional(),
    decision_date: planFields.decision_date.optional(),
    demo: planFields.demo.optional(),
    note: planFields.note.optional(),
    targets: z.array(AdminCreatePlanTarget).max(100).optional(),
  })
  .strict()
export type AdminCreatePlanType = z.infer<typeof AdminCreatePlan>

export const AdminUpdatePlan = z.object(planFields).partial().strict()
export type AdminUpdatePlanType = z.infer<typeof AdminUpdatePlan>

export const AdminPlanProgress = z.object({ as_of: reportDay("as_of").optional() })
export type AdminPlanProgressType = z.infer<typeof AdminPlanProgress>

export const planResponseFields = ["*", "targets.*"]
