"use client"

import { useTranslations } from "next-intl"
import { type FormEvent, useActionState, useId, useState, useTransition } from "react"
import { CartActionMessage } from "@/components/cart/cart-action-message"
import type { CartActionState } from "@/lib/cart/cart-errors"
import { searchWholesaleVariants, type WholesaleVariant } from "@/lib/data/bulk-order"
import { addToCart } from "@/lib/data/cart"
import styles from "./bulk-order.module.css"

const IDLE: CartActionState = { status: "idle" }

/** One variant found by the pad: its terms, a quantity starting at its minimum in steps of its case, and "add". */
function QuickOrderLine({ variant }: { variant: WholesaleVariant }) {
  const t = useTranslations("BulkOrder")
  const quantityId = useId()
  const [state, formAction, pending] = useActionState(addToCart, IDLE)
  const sku = variant.sku ?? variant.title
  return (
    <li className={styles.result}>
      <strong>
        {variant.product_title} – {variant.title}
      </strong>
      <span className={styles.muted}>
        <span className={styles.sku}>{sku}</span>
        {variant.producer ? ` · ${t("producer", { name: variant.producer.name })}` : null}
        {` · ${t("terms", { min: variant.min_quantity, pack: variant.case_pack })}`}
      </span>
      <form action={formAction} noValidate className={styles.row}>
        <input type="hidden" name="variant_id" value={variant.id} />
        <input type="hidden" name="product_id" value={variant.product_id} />
        <label htmlFor={quantityId} className={styles.srOnly}>
          {t("quantityLabel", { sku })}
        </label>
        <input
          id={quantityId}
          className={styles.quantity}
          type="number"
          name="quantity"
          inputMode="numeric"
          min={variant.min_quantity}
          step={variant.case_pack}
          defaultValue={Math.ceil(variant.min_quantity / variant.case_pack) * variant.case_pack}
        />
        <button type="submit" className={styles.button} disabled={pending}>
          {t("add")}
        </button>
      </form>
      <CartActionMessage state={state} context="add" />
    </li>
  )
}

/** The quick-order pad: search by SKU prefix or product name, then add each found variant with the usual cart route. */
export function QuickOrderPad() {
  const t = useTranslations("BulkOrder")
  const searchId = useId()
  const [variants, setVariants] = useState<WholesaleVariant[] | null>(null)
  const [failed, setFailed] = useState(false)
  const [pending, startTransition] = useTransition()

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const q = String(new FormData(event.currentTarget).get("q") ?? "")
    startTransition(async () => {
      try {
        setVariants(await searchWholesaleVariants(q))
        setFailed(false)
      } catch {
        setFailed(true)
      }
    })
  }

  return (
    <section className={styles.section} aria-labelledby={`${searchId}-title`}>
      <form role="search" onSubmit={search} className={styles.row}>
        <div className={styles.field}>
          <label id={`${searchId}-title`} htmlFor={searchId}>
            {t("searchLabel")}
          </label>
          <input id={searchId} type="search" name="q" required maxLength={100} autoComplete="off" />
        </div>
        <button type="submit" className={styles.button} disabled={pending}>
          {pending ? t("searching") : t("searchButton")}
        </button>
      </form>
      {failed ? (
        <p role="alert">{t("error.generic")}</p>
      ) : (
        <p role="status">
          {variants === null ? null : variants.length ? t("resultsCount", { count: variants.length }) : t("noResults")}
        </p>
      )}
      {variants?.length ? (
        <ul className={styles.results}>
          {variants.map((variant) => (
            <QuickOrderLine key={variant.id} variant={variant} />
          ))}
        </ul>
      ) : null}
    </section>
  )
}
