import { model } from "@medusajs/framework/utils"

/** Where a product comes from, and the code of its public origin page (reached by a QR code). */
export const OcopOrigin = model.define("ocop_origin", {
  id: model.id({ prefix: "orig" }).primaryKey(),
  province_code: model.text().index(),
  province_name: model.text(),
  commune_code: model.text(),
  commune_name: model.text(),
  former_district: model.text().index().nullable(),
  growing_area_code: model.text().nullable(),
  traceability_code: model.text().unique(),
})
