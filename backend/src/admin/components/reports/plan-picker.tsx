import { Label, Select, Text } from "@medusajs/ui"
import type { PlanView } from "@ocop/shared"
import { formatDate } from "../../lib/ocop-labels"

type PlanPickerProps = {
  plans: PlanView[]
  planId: string | undefined
  provinceNames: Record<string, string>
  onChange: (planId: string) => void
}

/** Which plan the page measures, with the decision that issued it and its period. */
export const PlanPicker = ({ plans, planId, provinceNames, onChange }: PlanPickerProps) => {
  const plan = plans.find((candidate) => candidate.id === planId)
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-2 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="report-plan" size="small" weight="plus">
          Kế hoạch (Plan)
        </Label>
        <Select value={planId} onValueChange={onChange}>
          <Select.Trigger id="report-plan" data-testid="report-plan-picker" className="w-96 max-w-full">
            <Select.Value placeholder="Chọn kế hoạch" />
          </Select.Trigger>
          <Select.Content>
            {plans.map((candidate) => (
              <Select.Item key={candidate.id} value={candidate.id}>
                {`${provinceNames[candidate.province_code] ?? candidate.province_code} · ${candidate.name}`}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {plan && (
        <Text size="small" className="text-ui-fg-subtle" data-testid="report-plan-summary">
          {plan.decision_number
            ? `Quyết định ${plan.decision_number}${plan.decision_date ? ` ngày ${formatDate(plan.decision_date)}` : ""} · `
            : ""}
          {`Giai đoạn ${formatDate(plan.period_start)} – ${formatDate(plan.period_end)}`}
          {plan.demo ? " · Số liệu minh họa (demo)" : ""}
        </Text>
      )}
    </div>
  )
}
