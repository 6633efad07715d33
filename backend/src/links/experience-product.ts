import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ExperienceModule from "../modules/experience"

// An experience is sold through one product (its participant types are the product's variants).
export default defineLink(ExperienceModule.linkable.experience, ProductModule.linkable.product)
