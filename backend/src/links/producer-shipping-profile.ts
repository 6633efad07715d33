import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import ProducerModule from "../modules/producer"

// Each producer ships its own parcels: its products carry its shipping profile, so a cart needs
// one shipping method per producer (Medusa keeps one method per profile).
export default defineLink(ProducerModule.linkable.producer, FulfillmentModule.linkable.shippingProfile)
