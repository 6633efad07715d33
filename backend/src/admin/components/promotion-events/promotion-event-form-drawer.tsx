import { Button, Drawer, Input, Select } from "@medusajs/ui"
import { PROMOTION_EVENT_KIND_LABELS, PROMOTION_EVENT_KINDS, type PromotionEventDetailView } from "@ocop/shared"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { bilingual } from "../../lib/ocop-labels"
import { useProvinces } from "../../lib/ocop-queries"
import { savePromotionEvent, type PromotionEventBody } from "../../lib/promotion-event-queries"
import { useOcopMutation } from "../../lib/use-ocop-mutation"
import { DrawerFormFooter, FormError } from "../drawer-form-footer"
import { FormField } from "../form-field"

const NO_PROVINCE = "none"

const draftOf = (event?: PromotionEventDetailView): PromotionEventBody => ({
  name: event?.name ?? "",
  kind: event?.kind ?? "fair",
  starts_on: event?.starts_on ?? "",
  ends_on: event?.ends_on ?? "",
  province_code: event?.province_code ?? null,
  place: event?.place ?? "",
  organiser: event?.organiser ?? "",
})

/** Records a new event, or edits `event`; a new one opens on its own page to add its products. */
export const PromotionEventFormDrawer = ({ event }: { event?: PromotionEventDetailView }) => {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState(() => draftOf(event))
  const navigate = useNavigate()
  const provinces = useProvinces()
  const save = useOcopMutation(
    (body: PromotionEventBody) => savePromotionEvent(event?.id, body),
    event ? "Đã lưu sự kiện (Event saved)" : "Đã ghi nhận sự kiện (Event recorded)"
  )
  const set = (changes: Partial<PromotionEventBody>) => setDraft((current) => ({ ...current, ...changes }))
  const incomplete =
    !draft.name.trim() || !draft.place.trim() || !draft.organiser.trim() || !draft.starts_on || !draft.ends_on
  const formId = event ? `promotion-event-form-${event.id}` : "promotion-event-form-new"

  const submit = async () => {
    const { event: saved } = await save.mutateAsync(draft)
    setOpen(false)
    if (!event) navigate(`/promotion-events/${saved.id}`)
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) setDraft(draftOf(event))
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {event ? "Sửa (Edit)" : "Thêm sự kiện (New event)"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>
            {event ? "Sửa sự kiện (Edit event)" : "Sự kiện xúc tiến mới (New promotion event)"}
          </Drawer.Title>
        </Drawer.Header>
        <form
          id={formId}
          className="flex flex-1 flex-col gap-y-4 overflow-y-auto px-6 py-4"
          onSubmit={(e) => {
            e.preventDefault()
            if (!incomplete) submit().catch(() => undefined)
          }}
        >
          <FormField id={`${formId}-name`} label="Tên sự kiện (Name)">
            <Input id={`${formId}-name`} value={draft.name} onChange={(e) => set({ name: e.target.value })} />
          </FormField>
          <FormField id={`${formId}-kind`} label="Loại (Kind)">
            <Select value={draft.kind} onValueChange={(kind) => set({ kind: kind as PromotionEventBody["kind"] })}>
              <Select.Trigger id={`${formId}-kind`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {PROMOTION_EVENT_KINDS.map((kind) => (
                  <Select.Item key={kind} value={kind}>
                    {bilingual(PROMOTION_EVENT_KIND_LABELS[kind])}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
          <div className="grid grid-cols-2 gap-x-4">
            <FormField id={`${formId}-starts`} label="Từ ngày (From)">
              <Input
                id={`${formId}-starts`}
                type="date"
                value={draft.starts_on}
                onChange={(e) => set({ starts_on: e.target.value })}
              />
            </FormField>
            <FormField id={`${formId}-ends`} label="Đến ngày (To)">
              <Input
                id={`${formId}-ends`}
                type="date"
                min={draft.starts_on || undefined}
                value={draft.ends_on}
                onChange={(e) => set({ ends_on: e.target.value })}
              />
            </FormField>
          </div>
          <FormField id={`${formId}-province`} label="Tỉnh, thành phố (Province)">
            <Select
              value={draft.province_code ?? NO_PROVINCE}
              onValueChange={(code) => set({ province_code: code === NO_PROVINCE ? null : code })}
            >
              <Select.Trigger id={`${formId}-province`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NO_PROVINCE}>Không thuộc một tỉnh (None)</Select.Item>
                {(provinces.data ?? []).map((province) => (
                  <Select.Item key={province.code} value={province.code}>
                    {province.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
          <FormField id={`${formId}-place`} label="Địa điểm (Place)">
            <Input id={`${formId}-place`} value={draft.place} onChange={(e) => set({ place: e.target.value })} />
          </FormField>
          <FormField id={`${formId}-organiser`} label="Đơn vị tổ chức (Organiser)">
            <Input
              id={`${formId}-organiser`}
              value={draft.organiser}
              onChange={(e) => set({ organiser: e.target.value })}
            />
          </FormField>
          <FormError error={save.error} />
        </form>
        <DrawerFormFooter formId={formId} saving={save.isPending} disabled={incomplete} />
      </Drawer.Content>
    </Drawer>
  )
}
