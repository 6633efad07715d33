import { Button, Checkbox, Drawer, Input, Label, Select, Textarea } from "@medusajs/ui"
import type { PlanView } from "@ocop/shared"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useProvinces } from "../../lib/ocop-queries"
import { savePlan, type PlanBody } from "../../lib/report-queries"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import { DrawerFormFooter, FormError } from "../drawer-form-footer"
import { FormField } from "../form-field"

type PlanDraft = Omit<PlanBody, "decision_number" | "decision_date" | "note"> & {
  decision_number: string
  decision_date: string
  note: string
}

const draftOf = (plan?: PlanView): PlanDraft => ({
  name: plan?.name ?? "",
  decision_number: plan?.decision_number ?? "",
  decision_date: plan?.decision_date ?? "",
  province_code: plan?.province_code ?? "",
  period_start: plan?.period_start ?? "",
  period_end: plan?.period_end ?? "",
  demo: plan?.demo ?? false,
  note: plan?.note ?? "",
})

/** Empty optional fields are sent as null, so clearing a decision or note clears it. */
const bodyOf = (draft: PlanDraft): PlanBody => ({
  ...draft,
  decision_number: draft.decision_number.trim() || null,
  decision_date: draft.decision_date || null,
  note: draft.note.trim() || null,
})

/** Records a new plan (then opens its page to add targets), or edits `plan`. */
export const PlanFormDrawer = ({ plan }: { plan?: PlanView }) => {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(() => draftOf(plan))
  const navigate = useNavigate()
  const provinces = useProvinces()
  const save = useOcopMutation(
    (body: PlanBody) => savePlan(plan?.id, body),
    plan ? "Đã lưu kế hoạch (Plan saved)" : "Đã thêm kế hoạch (Plan added)"
  )
  const set = (changes: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...changes }))
  const incomplete = !draft.name.trim() || !draft.province_code || !draft.period_start || !draft.period_end
  const formId = plan ? `plan-form-${plan.id}` : "plan-form-new"

  const submit = async () => {
    const { plan: saved } = await save.mutateAsync(bodyOf(draft))
    setOpen(false)
    if (!plan) navigate(`/reports/plans/${saved.id}`)
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          setDraft(draftOf(plan))
          save.reset()
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {plan ? "Sửa (Edit)" : "Thêm kế hoạch (New plan)"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{plan ? "Sửa kế hoạch (Edit plan)" : "Kế hoạch OCOP mới (New OCOP plan)"}</Drawer.Title>
        </Drawer.Header>
        <form
          id={formId}
          className="flex flex-1 flex-col gap-y-4 overflow-y-auto px-6 py-4"
          onSubmit={(e) => {
            e.preventDefault()
            if (!incomplete) submit().catch(() => undefined)
          }}
        >
          <FormField id={`${formId}-name`} label="Tên kế hoạch (Name)">
            <Input id={`${formId}-name`} value={draft.name} onChange={(e) => set({ name: e.target.value })} />
          </FormField>
          <div className="grid grid-cols-2 gap-x-4">
            <FormField id={`${formId}-decision-number`} label="Số quyết định (Decision number)">
              <Input
                id={`${formId}-decision-number`}
                value={draft.decision_number}
                onChange={(e) => set({ decision_number: e.target.value })}
              />
            </FormField>
            <FormField id={`${formId}-decision-date`} label="Ngày quyết định (Decision date)">
              <Input
                id={`${formId}-decision-date`}
                type="date"
                value={draft.decision_date}
                onChange={(e) => set({ decision_date: e.target.value })}
              />
            </FormField>
          </div>
          <FormField id={`${formId}-province`} label="Tỉnh, thành phố (Province)">
            <Select value={draft.province_code} onValueChange={(province_code) => set({ province_code })}>
              <Select.Trigger id={`${formId}-province`}>
                <Select.Value placeholder="Chọn tỉnh (Choose a province)" />
              </Select.Trigger>
              <Select.Content>
                {(provinces.data ?? []).map((province) => (
                  <Select.Item key={province.code} value={province.code}>
                    {province.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
          <div className="grid grid-cols-2 gap-x-4">
            <FormField id={`${formId}-start`} label="Từ ngày (Period start)">
              <Input
                id={`${formId}-start`}
                type="date"
                value={draft.period_start}
                onChange={(e) => set({ period_start: e.target.value })}
              />
            </FormField>
            <FormField id={`${formId}-end`} label="Đến ngày (Period end)">
              <Input
                id={`${formId}-end`}
                type="date"
                min={draft.period_start || undefined}
                value={draft.period_end}
                onChange={(e) => set({ period_end: e.target.value })}
              />
            </FormField>
          </div>
          <div className="flex items-center gap-x-2">
            <Checkbox
              id={`${formId}-demo`}
              checked={draft.demo}
              onCheckedChange={(checked) => set({ demo: checked === true })}
            />
            <Label htmlFor={`${formId}-demo`} size="small">
              Kế hoạch minh hoạ (Demo plan)
            </Label>
          </div>
          <FormField id={`${formId}-note`} label="Ghi chú (Note)">
            <Textarea id={`${formId}-note`} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
          </FormField>
          <FormError error={save.error} />
        </form>
        <DrawerFormFooter formId={formId} saving={save.isPending} disabled={incomplete} />
      </Drawer.Content>
    </Drawer>
  )
}
