import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ProducerModule from "../modules/producer"

// The orders a producer receives and fulfils.
export default defineLink(ProducerModule.linkable.producer, { linkable: OrderModule.linkable.order, isList: true })
