"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { isWholesaleCartError, type CartActionState } from "@/lib/cart/cart-errors"
import styles from "./cart-controls.module.css"

type CartActionMessageProps = {
  state: CartActionState
  /** Adding speaks of what more can be added; a line speaks of what is left in stock. */
  context: "add" | "line"
}

/** What became of a cart action: nothing, "added" with a link to the cart, or why it failed. */
export function CartActionMessage({ state, context }: CartActionMessageProps) {
  const t = useTranslations("Cart")
  const wholesale = useTranslations("WholesalePrices")

  if (state.status === "added") {
    return (
      <p role="status" className={styles.success}>
        {t("added")} <Link href="/cart">{t("viewCart")}</Link>
      </p>
    )
  }
  // An empty live region from the start, so the next message is announced.
  if (state.status !== "error") return <p role="status" />

  let message: string
  if (state.error === "notEnoughStock" && state.available != null) {
    message =
      context === "add"
        ? t("error.notEnoughStockToAdd", { available: state.available })
        : t("error.notEnoughStockLeft", { available: state.available })
  } else if (isWholesaleCartError(state.error)) {
    message = wholesale(`error.${state.error}`)
  } else if (state.error === "belowMinimum" || state.error === "aboveMaximum") {
    message = t(`error.${state.error}`, { limit: state.limit ?? 0 })
  } else {
    message = t(`error.${state.error}`)
  }
  return (
    <p role="alert" className={styles.error}>
      {message}
    </p>
  )
}
