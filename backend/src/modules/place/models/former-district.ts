import { model } from "@medusajs/framework/utils"

/**
 * A district (huyện, quận, thị xã, city) abolished on 1 Jul 2025, filed under the province its
 * land is in now. Its old province is part of the key: "Huyện Châu Thành" of Bến Tre and of
 * Trà Vinh both lie in today's Vĩnh Long.
 */
export const FormerDistrict = model
  .define("former_district", {
    id: model.id({ prefix: "fdis" }).primaryKey(),
    province_code: model.text(),
    name: model.text(),
    former_province_name: model.text(),
    search_name: model.text(),
  })
  .indexes([
    {
      name: "IDX_former_district_province_code_old_province_name",
      on: ["province_code", "former_province_name", "name"],
      unique: true,
    },
  ])
