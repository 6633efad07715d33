"use client"

import { BULK_ROW_PROBLEMS, type BulkRowError, type BulkRowProblem } from "@ocop/shared"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { BulkActionState } from "@/lib/data/bulk-order"
import styles from "./bulk-order.module.css"

// A reason the backend adds later is still shown, in general words.
const knownProblem = (code: string): code is BulkRowProblem => (BULK_ROW_PROBLEMS as readonly string[]).includes(code)

/** What a bulk add did: how many rows went into the cart, and a table of the refused rows with their reasons. */
export function BulkResult({ state }: { state: BulkActionState }) {
  const t = useTranslations("BulkOrder")
  // An empty live region from the start, so the next message is announced.
  if (state.status === "idle") return <p role="status" />
  if (state.status === "error") return <p role="alert">{t(`error.${state.error}`)}</p>
  const { added, errors } = state.answer
  const reason = (error: BulkRowError) =>
    knownProblem(error.code) ? t(`problem.${error.code}`, { limit: error.limit ?? 0 }) : t("problem.other")
  return (
    <div className={styles.section}>
      <p role="status">
        {t("addedCount", { count: added.length })} {added.length ? <Link href="/cart">{t("viewCart")}</Link> : null}
      </p>
      {errors.length ? (
        <div className={styles.tableWrap}>
          <p role="alert">{t("refusedCount", { count: errors.length })}</p>
          <table className={styles.table} data-testid="bulk-errors">
            <thead>
              <tr>
                <th scope="col">{t("column.row")}</th>
                <th scope="col">{t("column.sku")}</th>
                <th scope="col">{t("column.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error) => (
                <tr key={`${error.row}-${error.sku}`}>
                  <td>{error.row}</td>
                  <td className={styles.sku}>{error.sku}</td>
                  <td>{reason(error)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  )
}
