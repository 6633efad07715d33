import { model } from "@medusajs/framework/utils"

/** One of the 34 provinces and centrally-run cities since 1 Jul 2025 (Resolution 202/2025/QH15). */
export const Province = model.define("province", {
  id: model.id({ prefix: "prov" }).primaryKey(),
  code: model.text().unique(),
  name: model.text(),
  place_type: model.text(),
  search_name: model.text(),
})
