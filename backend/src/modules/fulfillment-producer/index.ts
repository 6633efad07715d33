import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ProducerDeliveryService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, { services: [ProducerDeliveryService] })
