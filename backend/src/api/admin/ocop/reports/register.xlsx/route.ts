import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vietnamDate } from "@ocop/shared"
import { PLACE_MODULE } from "../../../../../modules/place"
import PlaceModuleService from "../../../../../modules/place/service"
import { registerRows, registerSheet } from "../../../../../lib/report/certificate-register"
import { writeReportWorkbook, XLSX_CONTENT_TYPE } from "../../../../../lib/report/report-workbook"
import { AdminRegisterExportType } from "./validators"

/** The certified-products register on `as_of` (today by default) in the ministry's columns, streamed. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminRegisterExportType>, res: MedusaResponse) => {
  const { province_code } = req.validatedQuery
  const asOf = req.validatedQuery.as_of ?? vietnamDate(new Date())
  const province = province_code
    ? await req.scope.resolve<PlaceModuleService>(PLACE_MODULE).retrieveProvinceByCode(province_code)
    : null
  res.setHeader("Content-Type", XLSX_CONTENT_TYPE)
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="so-san-pham-ocop-${province_code ?? "ca-nuoc"}-${asOf}.xlsx"`
  )
  await writeReportWorkbook(
    res,
    {
      title: "Sổ sản phẩm OCOP (bảng PTNT_OCOP, Quyết định 5277/QĐ-BNNMT)",
      period: `Đến ngày ${asOf}; doanh thu năm ${asOf.slice(0, 4)} đến ngày ${asOf}`,
      filters: [["Tỉnh", province?.name ?? "Tất cả"]],
      madeAt: new Date(),
    },
    [registerSheet(registerRows(req.scope, { province_code, as_of: asOf }))]
  )
  res.end()
}
