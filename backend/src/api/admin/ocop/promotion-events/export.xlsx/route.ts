import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROMOTION_EVENT_KIND_LABELS } from "@ocop/shared"
import { promotionEventsForExport, type PromotionEventParticipantRow } from "../../../../../lib/report/promotion-events"
import { writeReportWorkbook, XLSX_CONTENT_TYPE, type ReportSheet } from "../../../../../lib/report/report-workbook"
import { PLACE_MODULE } from "../../../../../modules/place"
import PlaceModuleService from "../../../../../modules/place/service"
import type { AdminExportPromotionEventsType } from "../validators"

type EventRow = Awaited<ReturnType<typeof promotionEventsForExport>>["events"][number]

const dayOf = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

/** The promotion events overlapping the period and their participants, as an XLSX for the office's reports. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { from, to } = req.validatedQuery as AdminExportPromotionEventsType
  const { events, participants } = await promotionEventsForExport(req.scope, from, to)
  const places: PlaceModuleService = req.scope.resolve(PLACE_MODULE)
  const provinces = new Map((await places.searchProvinces()).map((province) => [province.code, province.name]))

  const eventSheet: ReportSheet<EventRow> = {
    name: "Sự kiện",
    columns: [
      { header: "Tên sự kiện", width: 40, kind: "text", value: (e) => e.name },
      { header: "Loại", width: 20, kind: "text", value: (e) => PROMOTION_EVENT_KIND_LABELS[e.kind].vi },
      { header: "Từ ngày", width: 12, kind: "day", value: (e) => dayOf(e.starts_on) },
      { header: "Đến ngày", width: 12, kind: "day", value: (e) => dayOf(e.ends_on) },
      {
        header: "Tỉnh, thành phố",
        width: 20,
        kind: "text",
        value: (e) => (e.province_code ? (provinces.get(e.province_code) ?? e.province_code) : null),
      },
      { header: "Địa điểm", width: 36, kind: "text", value: (e) => e.place },
      { header: "Đơn vị tổ chức", width: 30, kind: "text", value: (e) => e.organiser },
      { header: "Số sản phẩm tham gia", width: 14, kind: "count", value: (e) => e.product_count },
    ],
    rows: events,
    totals: true,
  }
  const participantSheet: ReportSheet<PromotionEventParticipantRow> = {
    name: "Sản phẩm tham gia",
    columns: [
      { header: "Sự kiện", width: 40, kind: "text", value: (p) => p.event_name },
      { header: "Từ ngày", width: 12, kind: "day", value: (p) => dayOf(p.starts_on) },
      { header: "Đến ngày", width: 12, kind: "day", value: (p) => dayOf(p.ends_on) },
      { header: "Mã sản phẩm", width: 30, kind: "text", value: (p) => p.handle ?? p.product_id },
      { header: "Sản phẩm", width: 40, kind: "text", value: (p) => p.title },
      { header: "Chủ thể OCOP", width: 36, kind: "text", value: (p) => p.producer_name },
    ],
    rows: participants,
  }

  res.setHeader("Content-Type", XLSX_CONTENT_TYPE)
  res.setHeader("Content-Disposition", `attachment; filename="su-kien-xuc-tien-${from}-${to}.xlsx"`)
  await writeReportWorkbook(
    res,
    {
      title: "Sự kiện xúc tiến thương mại và sản phẩm tham gia",
      period: `${dayOf(from)} – ${dayOf(to)}`,
      filters: [],
      madeAt: new Date(),
    },
    [eventSheet, participantSheet]
  )
}
