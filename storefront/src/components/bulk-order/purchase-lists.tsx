"use client"

import { useTranslations } from "next-intl"
import { useActionState, useId } from "react"
import {
  addPurchaseListToCart,
  type BulkActionState,
  deletePurchaseList,
  type PurchaseList,
  savePurchaseList,
  type SaveListState,
} from "@/lib/data/bulk-order"
import { BulkResult } from "./bulk-result"
import styles from "./bulk-order.module.css"

const IDLE: BulkActionState = { status: "idle" }
const SAVE_IDLE: SaveListState = { status: "idle" }

/** Saves the shopper's open cart under a name. */
export function SavePurchaseListForm() {
  const t = useTranslations("BulkOrder")
  const nameId = useId()
  const [state, formAction, pending] = useActionState(savePurchaseList, SAVE_IDLE)
  return (
    <form action={formAction} className={styles.section}>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={nameId}>{t("listName")}</label>
          <input id={nameId} name="name" required maxLength={200} autoComplete="off" />
        </div>
        <button type="submit" className={styles.button} disabled={pending}>
          {t("saveList")}
        </button>
      </div>
      {state.status === "error" ? (
        <p role="alert">{t(`error.${state.error}`)}</p>
      ) : (
        <p role="status">{state.status === "saved" ? t("listSaved", { name: state.name }) : null}</p>
      )}
    </form>
  )
}

function PurchaseListEntry({ list }: { list: PurchaseList }) {
  const t = useTranslations("BulkOrder")
  const [state, formAction, pending] = useActionState(addPurchaseListToCart, IDLE)
  return (
    <li className={styles.result} data-testid="purchase-list">
      <strong>{list.name}</strong>
      <span className={styles.muted}>{t("listItems", { count: list.items.length })}</span>
      <ul className={styles.muted}>
        {list.items.map((item) => (
          <li key={item.id}>
            <span className={styles.sku}>{item.sku ?? item.variant_id}</span> {item.title} × {item.quantity}
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <form action={formAction}>
          <input type="hidden" name="list_id" value={list.id} />
          <button type="submit" className={styles.button} disabled={pending}>
            {t("addListToCart")}
          </button>
        </form>
        <form action={deletePurchaseList}>
          <input type="hidden" name="list_id" value={list.id} />
          <button type="submit" className={styles.button} aria-label={t("deleteListLabel", { name: list.name })}>
            {t("deleteList")}
          </button>
        </form>
      </div>
      <BulkResult state={state} />
    </li>
  )
}

/** The company's purchase lists, each added to the cart (with an upload's checks) or deleted. */
export function PurchaseLists({ lists }: { lists: PurchaseList[] }) {
  const t = useTranslations("BulkOrder")
  if (!lists.length) return <p>{t("noLists")}</p>
  return (
    <ul className={styles.results}>
      {lists.map((list) => (
        <PurchaseListEntry key={list.id} list={list} />
      ))}
    </ul>
  )
}
