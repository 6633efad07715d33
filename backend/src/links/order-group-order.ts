import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

// A checkout's producer orders (one per producer in the cart).
export default defineLink(MarketplaceModule.linkable.orderGroup, { linkable: OrderModule.linkable.order, isList: true })
