import { defineLink } from "@medusajs/framework/utils"
import PricingModule from "@medusajs/medusa/pricing"
import ProducerModule from "../modules/producer"

// A producer's wholesale tiers: one price list, for the wholesale customer group only.
export default defineLink(ProducerModule.linkable.producer, PricingModule.linkable.priceList)
