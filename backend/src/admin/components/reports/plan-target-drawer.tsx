import { Button, Drawer, Input, Select, Textarea } from "@medusajs/ui"
import {
  COMPARISON_SIGNS,
  COMPARISONS,
  INDICATOR_CODES,
  INDICATORS,
  SALES_CHANNEL_LABELS,
  SALES_CHANNELS,
  SCOPE_KINDS,
  type Comparison,
  type IndicatorCode,
  type PlanTargetView,
  type SalesChannel,
  type ScopeKind,
} from "@ocop/shared"
import { useState } from "react"
import { bilingual } from "../../lib/ocop-labels"
import { savePlanTarget, type PlanTargetBody } from "../../lib/report-queries"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import { DrawerFormFooter, FormError } from "../drawer-form-footer"
import { FormField } from "../form-field"
import { SCOPE_KIND_LABELS } from "./plan-labels"

// Select items need a non-empty value: this one stands for null.
const NONE = "none"

type TargetDraft = {
  indicator: string
  comparison: string
  value: string
  deadline: string
  scope_kind: ScopeKind
  scope_code: string
  baseline: string
  channel: string
  text_vi: string
}

const draftOf = (target: PlanTargetView | undefined, plan: { period_end: string }): TargetDraft => ({
  indicator: target?.indicator ?? NONE,
  comparison: target?.comparison ?? "gte",
  value: target?.value === null || target?.value === undefined ? "" : String(target.value),
  deadline: target?.deadline ?? plan.period_end,
  scope_kind: target?.scope_kind ?? "province",
  scope_code: target?.scope_code ?? "",
  baseline: target?.baseline === null || target?.baseline === undefined ? "" : String(target.baseline),
  channel: target?.channel ?? NONE,
  text_vi: target?.text_vi ?? "",
})

const numberOf = (text: string) => (text.trim() === "" ? null : Number(text.trim().replace(",", ".")))

/** The body for the API; a text-only target (no indicator) carries no comparison, value or baseline. */
const bodyOf = (draft: TargetDraft): PlanTargetBody => {
  const measured = draft.indicator !== NONE
  return {
    indicator: measured ? (draft.indicator as IndicatorCode) : null,
    comparison: measured ? (draft.comparison as Comparison) : null,
    value: measured ? numberOf(draft.value) : null,
    deadline: draft.deadline,
    scope_kind: draft.scope_kind,
    ...(draft.scope_code.trim() ? { scope_code: draft.scope_code.trim() } : {}),
    baseline: measured ? numberOf(draft.baseline) : null,
    channel: measured && draft.channel !== NONE ? (draft.channel as SalesChannel) : null,
    text_vi: draft.text_vi,
  }
}

/** Adds a target to the plan, or edits `target`. */
export const PlanTargetDrawer = ({
  plan,
  target,
}: {
  plan: { id: string; period_end: string; province_code: string }
  target?: PlanTargetView
}) => {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(() => draftOf(target, plan))
  const save = useOcopMutation(
    (body: PlanTargetBody) => savePlanTarget(plan.id, target?.id, body),
    target ? "Đã lưu chỉ tiêu (Target saved)" : "Đã thêm chỉ tiêu (Target added)"
  )
  const set = (changes: Partial<TargetDraft>) => setDraft((current) => ({ ...current, ...changes }))
  const measured = draft.indicator !== NONE
  const badNumber = [draft.value, draft.baseline].some((text) => Number.isNaN(numberOf(text)))
  const incomplete = draft.text_vi.trim().length < 3 || !draft.deadline || (measured && badNumber)
  const formId = target ? `plan-target-form-${target.id}` : "plan-target-form-new"

  const submit = async () => {
    await save.mutateAsync(bodyOf(draft))
    setOpen(false)
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) {
          setDraft(draftOf(target, plan))
          save.reset()
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant={target ? "transparent" : "secondary"}>
          {target ? "Sửa (Edit)" : "Thêm chỉ tiêu (New target)"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{target ? "Sửa chỉ tiêu (Edit target)" : "Chỉ tiêu mới (New target)"}</Drawer.Title>
        </Drawer.Header>
        <form
          id={formId}
          className="flex flex-1 flex-col gap-y-4 overflow-y-auto px-6 py-4"
          onSubmit={(e) => {
            e.preventDefault()
            if (!incomplete) submit().catch(() => undefined)
          }}
        >
          <FormField id={`${formId}-text`} label="Nội dung chỉ tiêu (Target as the plan words it)">
            <Textarea id={`${formId}-text`} value={draft.text_vi} onChange={(e) => set({ text_vi: e.target.value })} />
          </FormField>
          <FormField id={`${formId}-indicator`} label="Chỉ số (Indicator)">
            <Select value={draft.indicator} onValueChange={(indicator) => set({ indicator })}>
              <Select.Trigger id={`${formId}-indicator`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>Không đo — chỉ văn bản (None — text only)</Select.Item>
                {INDICATOR_CODES.map((code) => (
                  <Select.Item key={code} value={code}>
                    {bilingual(INDICATORS[code])}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
          {measured && (
            <>
              <div className="grid grid-cols-3 gap-x-4">
                <FormField id={`${formId}-comparison`} label="So sánh (Comparison)">
                  <Select value={draft.comparison} onValueChange={(comparison) => set({ comparison })}>
                    <Select.Trigger id={`${formId}-comparison`}>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {COMPARISONS.map((comparison) => (
                        <Select.Item key={comparison} value={comparison}>
                          {COMPARISON_SIGNS[comparison]}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </FormField>
                <FormField id={`${formId}-value`} label={`Giá trị (Value, ${unitOf(draft.indicator)})`}>
                  <Input
                    id={`${formId}-value`}
                    type="number"
                    step="any"
                    value={draft.value}
                    onChange={(e) => set({ value: e.target.value })}
                  />
                </FormField>
                <FormField id={`${formId}-baseline`} label="Mức cơ sở (Baseline)">
                  <Input
                    id={`${formId}-baseline`}
                    type="number"
                    step="any"
                    value={draft.baseline}
                    onChange={(e) => set({ baseline: e.target.value })}
                  />
                </FormField>
              </div>
              <FormField id={`${formId}-channel`} label="Kênh bán (Sales channel)">
                <Select value={draft.channel} onValueChange={(channel) => set({ channel })}>
                  <Select.Trigger id={`${formId}-channel`}>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value={NONE}>Mọi kênh (All channels)</Select.Item>
                    {SALES_CHANNELS.map((channel) => (
                      <Select.Item key={channel} value={channel}>
                        {bilingual(SALES_CHANNEL_LABELS[channel])}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </FormField>
            </>
          )}
          <FormField id={`${formId}-deadline`} label="Hạn (Deadline)">
            <Input
              id={`${formId}-deadline`}
              type="date"
              value={draft.deadline}
              onChange={(e) => set({ deadline: e.target.value })}
            />
          </FormField>
          <div className="grid grid-cols-2 gap-x-4">
            <FormField id={`${formId}-scope-kind`} label="Phạm vi (Scope)">
              <Select value={draft.scope_kind} onValueChange={(kind) => set({ scope_kind: kind as ScopeKind })}>
                <Select.Trigger id={`${formId}-scope-kind`}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {SCOPE_KINDS.map((kind) => (
                    <Select.Item key={kind} value={kind}>
                      {bilingual(SCOPE_KIND_LABELS[kind])}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            <FormField id={`${formId}-scope-code`} label="Mã, tên phạm vi (Scope code)">
              <Input
                id={`${formId}-scope-code`}
                value={draft.scope_code}
                placeholder={draft.scope_kind === "province" ? plan.province_code : undefined}
                onChange={(e) => set({ scope_code: e.target.value })}
              />
            </FormField>
          </div>
          <FormError error={save.error} />
        </form>
        <DrawerFormFooter formId={formId} saving={save.isPending} disabled={incomplete} />
      </Drawer.Content>
    </Drawer>
  )
}

const UNIT_LABELS = { count: "số lượng", share: "%", vnd: "₫" } as const
const unitOf = (indicator: string) => UNIT_LABELS[INDICATORS[indicator as IndicatorCode].unit]
