import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { TermsPaymentProvider } from "./service"

export { TermsPaymentProvider }

export default ModuleProvider(Modules.PAYMENT, { services: [TermsPaymentProvider] })
