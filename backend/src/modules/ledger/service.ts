import { MedusaService } from "@medusajs/framework/utils"
import { Invoice } from "./models/invoice"
import { InvoicePayment } from "./models/invoice-payment"

export default class LedgerModuleService extends MedusaService({ Invoice, InvoicePayment }) {}
