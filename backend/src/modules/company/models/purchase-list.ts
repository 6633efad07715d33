import { model } from "@medusajs/framework/utils"
import { Company } from "./company"
import { PurchaseListItem } from "./purchase-list-item"

/** A cart saved under a name to order again ("Đơn hàng tuần"), shared by the company's staff. */
export const PurchaseList = model.define("purchase_list", {
  id: model.id({ prefix: "plst" }).primaryKey(),
  name: model.text(),
  created_by: model.text(),
  company: model.belongsTo(() => Company, { mappedBy: "purchase_lists" }),
  items: model.hasMany(() => PurchaseListItem, { mappedBy: "list" }),
})
