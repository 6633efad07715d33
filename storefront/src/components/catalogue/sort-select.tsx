"use client"

import { useTranslations } from "next-intl"
import { useId } from "react"
import { SORT_KEYS, type SortKey } from "@/lib/catalogue/facet-options"
import styles from "./catalogue-view.module.css"

export function SortSelect({ value, onChange }: { value: SortKey; onChange: (sort: SortKey) => void }) {
  const t = useTranslations("Catalogue.sort")
  const id = useId()
  return (
    <div className={styles.sort}>
      <label htmlFor={id}>{t("label")}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SortKey)}>
        {SORT_KEYS.map((key) => (
          <option key={key} value={key}>
            {t(key)}
          </option>
        ))}
      </select>
    </div>
  )
}
