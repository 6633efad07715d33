"use client"

import { useTranslations } from "next-intl"
import { useActionState, useId, type ReactNode } from "react"
import { MAX_LINE_QUANTITY, type OrderLimits } from "@ocop/shared"
import type { CartActionState } from "@/lib/cart/cart-errors"
import { addToCart } from "@/lib/data/cart"
import { CartActionMessage } from "./cart-action-message"
import styles from "./cart-controls.module.css"

const IDLE: CartActionState = { status: "idle" }

/**
 * "Add to cart" around the product's variant choice (`children`, whose radios are named
 * `variant_id`): a quantity and the button. A plain form, so it works before the page's script runs.
 * `limits` bound the quantity field (the variants' order limits); it starts at `defaultQuantity`.
 */
export function AddToCartForm({
  productId,
  limits = { min: 1, max: MAX_LINE_QUANTITY },
  defaultQuantity = limits.min,
  children,
}: {
  productId: string
  limits?: OrderLimits
  defaultQuantity?: number
  children: ReactNode
}) {
  const t = useTranslations("Cart")
  const quantityId = useId()
  const [state, formAction, pending] = useActionState(addToCart, IDLE)

  return (
    // The server checks the quantity and answers in the page's language; the browser's own bubbles would not.
    <form action={formAction} noValidate className={styles.addForm}>
      <input type="hidden" name="product_id" value={productId} />
      {children}
      <div className={styles.addRow}>
        <div className={styles.quantity}>
          <label htmlFor={quantityId}>{t("quantity")}</label>
          <input
            id={quantityId}
            type="number"
            name="quantity"
            inputMode="numeric"
            min={limits.min}
            max={limits.max}
            defaultValue={defaultQuantity}
            className={styles.quantityInput}
          />
        </div>
        <button type="submit" className={styles.primary} disabled={pending}>
          {pending ? t("adding") : t("add")}
        </button>
      </div>
      <CartActionMessage state={state} context="add" />
    </form>
  )
}
