import { Button, Container, Heading, Prompt, Text } from "@medusajs/ui"
import { PROMOTION_EVENT_KIND_LABELS } from "@ocop/shared"
import { useNavigate, useParams } from "react-router-dom"
import { ParticipantImport } from "../../../components/promotion-events/participant-import"
import { ParticipantsTable } from "../../../components/promotion-events/participants-table"
import { ProductPicker } from "../../../components/promotion-events/product-picker"
import { eventDays } from "../../../components/promotion-events/promotion-event-labels"
import { PromotionEventFormDrawer } from "../../../components/promotion-events/promotion-event-form-drawer"
import { SectionRow } from "../../../components/section-row"
import { bilingual } from "../../../lib/ocop-labels"
import { useProvinces } from "../../../lib/ocop-queries"
import { usePromotionEvent } from "../../../lib/promotion-event-queries"
import { sdk } from "../../../lib/sdk"
import { useOcopMutation } from "../../../lib/use-ocop-mutation"

/** One event: its details, the products shown at it (picker, CSV import, removal). */
const PromotionEventPage = () => {
  const { id } = useParams<{ id: string }>()
  const { data: event, error } = usePromotionEvent(id!)
  const provinces = useProvinces()
  const navigate = useNavigate()
  const remove = useOcopMutation(
    () => sdk.client.fetch(`/admin/ocop/promotion-events/${id}`, { method: "DELETE" }),
    "Đã xoá sự kiện (Event deleted)"
  )

  if (error) {
    return (
      <Container>
        <Text role="alert" className="text-ui-fg-error">
          {error.message}
        </Text>
      </Container>
    )
  }
  if (!event) return null
  const province = provinces.data?.find((p) => p.code === event.province_code)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <Heading level="h1">{event.name}</Heading>
          <div className="flex gap-x-2">
            <PromotionEventFormDrawer key={JSON.stringify(event)} event={event} />
            <Prompt>
              <Prompt.Trigger asChild>
                <Button size="small" variant="danger">
                  Xoá (Delete)
                </Button>
              </Prompt.Trigger>
              <Prompt.Content>
                <Prompt.Header>
                  <Prompt.Title>Xoá sự kiện này? (Delete this event?)</Prompt.Title>
                  <Prompt.Description>
                    Danh sách {event.products.length} sản phẩm tham gia cũng bị xoá. (Its list of products goes too.)
                  </Prompt.Description>
                </Prompt.Header>
                <Prompt.Footer>
                  <Prompt.Cancel>Huỷ (Cancel)</Prompt.Cancel>
                  <Prompt.Action
                    onClick={() =>
                      remove.mutateAsync(undefined).then(
                        () => navigate("/promotion-events"),
                        () => undefined
                      )
                    }
                  >
                    Xoá (Delete)
                  </Prompt.Action>
                </Prompt.Footer>
              </Prompt.Content>
            </Prompt>
          </div>
        </div>
        <SectionRow label="Loại (Kind)" value={bilingual(PROMOTION_EVENT_KIND_LABELS[event.kind])} />
        <SectionRow label="Thời gian (Dates)" value={eventDays(event)} />
        <SectionRow label="Tỉnh, thành phố (Province)" value={province?.name ?? event.province_code ?? "–"} />
        <SectionRow label="Địa điểm (Place)" value={event.place} />
        <SectionRow label="Đơn vị tổ chức (Organiser)" value={event.organiser} />
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Sản phẩm tham gia: {event.products.length} (Products shown)</Heading>
        </div>
        <ParticipantsTable event={event} />
        <ProductPicker eventId={event.id} shownIds={new Set(event.products.map((p) => p.product_id))} />
        <ParticipantImport eventId={event.id} />
      </Container>
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Chi tiết sự kiện (Event)",
}

export default PromotionEventPage
