"use client"

import { useTranslations } from "next-intl"
import { useActionState, useId } from "react"
import { MAX_LINE_QUANTITY, type OrderLimits } from "@ocop/shared"
import type { CartActionState } from "@/lib/cart/cart-errors"
import { deleteLineItem, updateLineItem } from "@/lib/data/cart"
import { CartActionMessage } from "./cart-action-message"
import styles from "./cart-controls.module.css"

const IDLE: CartActionState = { status: "idle" }

/** A cart line's quantity (0 removes it; the variant's order limits bound it) and its remove button, each a plain form. */
export function LineControls({
  lineId,
  quantity,
  title,
  limits = { min: 1, max: MAX_LINE_QUANTITY },
}: {
  lineId: string
  quantity: number
  title: string
  limits?: OrderLimits
}) {
  const t = useTranslations("Cart")
  const quantityId = useId()
  const [updated, update, updating] = useActionState(updateLineItem, IDLE)
  const [removed, remove, removing] = useActionState(deleteLineItem, IDLE)
  const state = removed.status === "error" ? removed : updated

  return (
    <div className={styles.lineControls}>
      <form action={update} noValidate className={styles.quantityForm}>
        <input type="hidden" name="line_id" value={lineId} />
        <div className={styles.quantity}>
          <label htmlFor={quantityId}>
            {t("quantity")}
            <span className={styles.srOnly}> {title}</span>
          </label>
          {/* Keyed by the saved quantity, so the field shows it again once the cart has changed. */}
          <input
            key={quantity}
            id={quantityId}
            type="number"
            name="quantity"
            inputMode="numeric"
            min={0}
            max={limits.max}
            defaultValue={quantity}
            className={styles.quantityInput}
          />
        </div>
        <button type="submit" className={styles.secondary} disabled={updating || removing}>
          {t("update")}
          <span className={styles.srOnly}> {title}</span>
        </button>
      </form>
      <form action={remove}>
        <input type="hidden" name="line_id" value={lineId} />
        <button type="submit" className={styles.danger} disabled={updating || removing}>
          {t("remove")}
          <span className={styles.srOnly}> {title}</span>
        </button>
      </form>
      <div className={styles.lineMessage}>
        <CartActionMessage state={state} context="line" />
      </div>
    </div>
  )
}
