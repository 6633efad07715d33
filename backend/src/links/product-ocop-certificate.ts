import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// A product keeps its whole certificate history.
export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.ocopCertificate,
  isList: true,
  deleteCascade: true,
})
