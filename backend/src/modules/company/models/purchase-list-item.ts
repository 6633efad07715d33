import { model } from "@medusajs/framework/utils"
import { PurchaseList } from "./purchase-list"

/** A variant and quantity on a saved purchase list. */
export const PurchaseListItem = model.define("purchase_list_item", {
  id: model.id({ prefix: "plit" }).primaryKey(),
  variant_id: model.text(),
  quantity: model.number(),
  list: model.belongsTo(() => PurchaseList, { mappedBy: "items" }),
})
