import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CardPaymentProvider } from "./service"

export { CardPaymentProvider }
export type { CardPaymentOptions } from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [CardPaymentProvider] })
