"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { type BulkActionState, reorderOrderGroup } from "@/lib/data/bulk-order"
import { BulkResult } from "./bulk-result"
import styles from "./bulk-order.module.css"

const IDLE: BulkActionState = { status: "idle" }

/** "Order again" on a past checkout: its lines go into the cart, and the ones that cannot are listed with their reasons. */
export function ReorderButton({ orderGroupId }: { orderGroupId: string }) {
  const t = useTranslations("BulkOrder")
  const [state, formAction, pending] = useActionState(reorderOrderGroup, IDLE)
  return (
    <div className={styles.section}>
      <form action={formAction}>
        <input type="hidden" name="order_group_id" value={orderGroupId} />
        <button type="submit" className={styles.button} disabled={pending}>
          {pending ? t("reordering") : t("reorder")}
        </button>
      </form>
      <BulkResult state={state} />
    </div>
  )
}
