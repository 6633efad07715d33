import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

// A product has exactly one producer; a producer has many products.
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, ProducerModule.linkable.producer)
