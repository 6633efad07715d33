import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@mikro-orm/postgresql"
import { Plan } from "./models/plan"
import { PlanTarget } from "./models/plan-target"
import { PromotionEvent } from "./models/promotion-event"
import { PromotionEventProduct } from "./models/promotion-event-product"
import { SalesFact } from "./models/sales-fact"

/** A sales fact as written; see models/sales-fact. */
export type SalesFactInput = {
  source_key: string
  kind: string
  day: string
  order_id: string
  line_item_id: string
  producer_id: string
  product_id: string
  channel: string
  quantity: number
  amount: number
  product_group: string | null
  product_set: number | null
  stars: number | null
  province_code: string | null
  former_district: string | null
  commune_code: string | null
  legal_form: string | null
  women_led: boolean
  ethnic_minority_led: boolean
}

const FACT_COLUMNS = [
  "source_key",
  "kind",
  "day",
  "order_id",
  "line_item_id",
  "producer_id",
  "product_id",
  "channel",
  "quantity",
  "amount",
  "product_group",
  "product_set",
  "stars",
  "province_code",
  "former_district",
  "commune_code",
  "legal_form",
  "women_led",
  "ethnic_minority_led",
] as const satisfies readonly (keyof SalesFactInput)[]
const BATCH = 500

export default class ReportModuleService extends MedusaService({
  Plan,
  PlanTarget,
  PromotionEvent,
  PromotionEventProduct,
  SalesFact,
}) {
  /**
   * Writes the facts whose `source_key` is not recorded yet and returns the ids of those written:
   * the event and the nightly replay may offer the same change at once, and the unique key lets the
   * second writer skip it instead of failing.
   */
  @InjectTransactionManager()
  async recordSalesFacts(facts: SalesFactInput[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const broken = facts.find((fact) => !Number.isInteger(fact.amount) || !Number.isInteger(fact.quantity))
    if (broken) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `sales fact ${broken.source_key}: quantity ${broken.quantity} and amount ${broken.amount} must be whole numbers`
      )
    }
    const written: string[] = []
    for (let start = 0; start < facts.length; start += BATCH) {
      const batch = facts.slice(start, start + BATCH)
      const row = `(${["?", ...FACT_COLUMNS.map(() => "?"), "?"].join(", ")})`
      const rows: { id: string }[] = await manager.execute(
        `insert into sales_fact (id, ${FACT_COLUMNS.join(", ")}, raw_amount)
         values ${batch.map(() => row).join(", ")}
         on conflict (source_key) where deleted_at is null do nothing
         returning id`,
        batch.flatMap((fact) => [
          generateEntityId(undefined, "sfact"),
          ...FACT_COLUMNS.map((column) => fact[column]),
          JSON.stringify({ value: String(fact.amount), precision: 20 }),
        ])
      )
      written.push(...rows.map((r) => r.id))
    }
    return written
  }
}
