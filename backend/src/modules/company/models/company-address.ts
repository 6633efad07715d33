import { model } from "@medusajs/framework/utils"
import { Company } from "./company"

/** A delivery address of a company, shared by all its staff (a shop's branches, a hotel's kitchen). */
export const CompanyAddress = model.define("company_address", {
  id: model.id({ prefix: "cadr" }).primaryKey(),
  label: model.text(),
  recipient: model.text(),
  phone: model.text(),
  street: model.text(),
  province_code: model.text(),
  commune_code: model.text(),
  company: model.belongsTo(() => Company, { mappedBy: "addresses" }),
})
