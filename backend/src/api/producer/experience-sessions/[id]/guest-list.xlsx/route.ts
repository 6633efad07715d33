import { MedusaResponse } from "@medusajs/framework/http"
import { vietnamDate } from "@ocop/shared"
import { retrieveProducerSession, sessionBookings } from "../../../../../lib/experience-sessions"
import { guestListWorkbook } from "../../../../../lib/guest-list-xlsx"
import { XLSX_TYPE } from "../../../../../lib/ledger-xlsx"
import { ProducerRequest } from "../../../producer-scope"

/** The session's guest list as XLSX, foreign guests with nationality and passport (the residence declaration). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { session } = await retrieveProducerSession(req.scope, req.producer.producer_id, req.params.id)
  const day = vietnamDate(new Date(session.starts_at))
  const workbook = await guestListWorkbook(await sessionBookings(req.scope, session.id), `Khách ${day}`)
  res.setHeader("Content-Type", XLSX_TYPE)
  res.setHeader("Content-Disposition", `attachment; filename="danh-sach-khach-${day}.xlsx"`)
  res.send(workbook)
}
