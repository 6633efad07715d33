import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.ocopOrigin,
  deleteCascade: true,
})
