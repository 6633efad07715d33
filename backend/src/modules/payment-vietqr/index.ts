import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VietQrPaymentProvider } from "./service"

export { VietQrPaymentProvider }
export type { VietQrProviderOptions } from "./options"

export default ModuleProvider(Modules.PAYMENT, { services: [VietQrPaymentProvider] })
