import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProducerModule from "../modules/producer"

// Each producer keeps its products' stock at its own location.
export default defineLink(ProducerModule.linkable.producer, StockLocationModule.linkable.stockLocation)
