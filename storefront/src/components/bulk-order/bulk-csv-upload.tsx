"use client"

import { useTranslations } from "next-intl"
import { useActionState, useId } from "react"
import { type BulkActionState, uploadBulkCsv } from "@/lib/data/bulk-order"
import { BulkResult } from "./bulk-result"
import styles from "./bulk-order.module.css"

const IDLE: BulkActionState = { status: "idle" }

// Demo SKUs of the seeded catalogue; a buyer replaces them with their own.
const SAMPLE_CSV = "sku,quantity\nDB-0001-250G,12\nDB-0002-500G,24\nDB-0003-250G,6\n"
const SAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(SAMPLE_CSV)}`

/** The CSV upload: a `sku,quantity` file, its good rows added to the cart, the others listed with their reasons. */
export function BulkCsvUpload() {
  const t = useTranslations("BulkOrder")
  const fileId = useId()
  const [state, formAction, pending] = useActionState(uploadBulkCsv, IDLE)
  return (
    <section className={styles.section} aria-labelledby={`${fileId}-title`}>
      <h2 id={`${fileId}-title`}>{t("uploadTitle")}</h2>
      <p className={styles.muted}>{t("uploadHelp")}</p>
      <form action={formAction} className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={fileId}>{t("fileLabel")}</label>
          <input id={fileId} type="file" name="file" accept=".csv,text/csv,text/plain" required />
        </div>
        <button type="submit" className={styles.button} disabled={pending}>
          {pending ? t("uploading") : t("upload")}
        </button>
      </form>
      <a href={SAMPLE_HREF} download="dat-hang-si-mau.csv">
        {t("sample")}
      </a>
      <BulkResult state={state} />
    </section>
  )
}
