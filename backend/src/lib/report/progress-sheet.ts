import { MedusaContainer } from "@medusajs/framework/types"
import { COMPARISON_SIGNS, INDICATORS, PlanView, TARGET_STATE_VI, TargetProgressView } from "@ocop/shared"
import { PLACE_MODULE } from "../../modules/place"
import PlaceModuleService from "../../modules/place/service"
import { ReportSheet } from "./report-workbook"

export type ScopeNames = { province: string; communes: Map<string, string> }

/** The names of the plan's province and of the communes its targets are scoped to. */
export async function scopeNames(container: MedusaContainer, plan: PlanView): Promise<ScopeNames> {
  const places: PlaceModuleService = container.resolve(PLACE_MODULE)
  const [province] = await places.listProvinces({ code: plan.province_code }, { select: ["name"], take: 1 })
  const codes = plan.targets.filter((target) => target.scope_kind === "commune").map((target) => target.scope_code)
  const communes = codes.length
    ? await places.listCommunes({ code: codes }, { select: ["code", "name"], take: null })
    : []
  return {
    province: province?.name ?? plan.province_code,
    communes: new Map(communes.map((commune) => [commune.code, commune.name])),
  }
}

const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 })
const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 })

/** A target's or actual's figure in its unit, as an official reads it: `40 %`, `1.250.000 ₫`, `250`. */
function figure(target: TargetProgressView, value: number | null) {
  if (value === null || !target.indicator) return null
  const unit = INDICATORS[target.indicator].unit
  if (unit === "share") return `${decimal.format(value)} %`
  if (unit === "vnd") return vnd.format(value)
  return decimal.format(value)
}

function scopeText(target: TargetProgressView, names: ScopeNames) {
  if (target.scope_kind === "district") return target.scope_code
  if (target.scope_kind === "commune") return names.communes.get(target.scope_code) ?? target.scope_code
  return names.province
}

/** The targets-vs-actuals table: one row per target, units spelled out (a plan mixes counts, shares and VND). */
export function progressSheet(targets: TargetProgressView[], names: ScopeNames): ReportSheet<TargetProgressView> {
  return {
    name: "Chỉ tiêu",
    columns: [
      { header: "Chỉ tiêu", width: 60, kind: "text", value: (target) => target.text_vi },
      {
        header: "Chỉ số",
        width: 40,
        kind: "text",
        value: (target) => (target.indicator ? INDICATORS[target.indicator].vi : null),
      },
      {
        header: "So sánh",
        width: 10,
        kind: "text",
        value: (target) => (target.comparison ? COMPARISON_SIGNS[target.comparison] : null),
      },
      { header: "Mục tiêu", width: 18, kind: "text", value: (target) => figure(target, target.value) },
      { header: "Thực hiện", width: 18, kind: "text", value: (target) => figure(target, target.actual) },
      { header: "Tử số", width: 14, kind: "count", value: (target) => target.numerator },
      { header: "Mẫu số", width: 14, kind: "count", value: (target) => target.denominator },
      { header: "Hạn", width: 14, kind: "day", value: (target) => target.deadline },
      { header: "Phạm vi", width: 28, kind: "text", value: (target) => scopeText(target, names) },
      { header: "Trạng thái", width: 18, kind: "text", value: (target) => TARGET_STATE_VI[target.state] },
    ],
    rows: targets,
  }
}
