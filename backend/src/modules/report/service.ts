import { MedusaService } from "@medusajs/framework/utils"
import { Plan } from "./models/plan"
import { PlanTarget } from "./models/plan-target"
import { PromotionEvent } from "./models/promotion-event"
import { PromotionEventProduct } from "./models/promotion-event-product"
import { SalesFact } from "./models/sales-fact"

export default class ReportModuleService extends MedusaService({
  Plan,
  PlanTarget,
  PromotionEvent,
  PromotionEventProduct,
  SalesFact,
}) {}
