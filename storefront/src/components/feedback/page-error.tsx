"use client"

import { useTranslations } from "next-intl"
import styles from "./page-error.module.css"

/** What a page shows in place of its content after an unexpected error. */
export function PageError({ onRetry }: { onRetry: () => void }) {
  const t = useTranslations("Error")

  return (
    <section role="alert" className={styles.error}>
      <h1 className={styles.title}>{t("title")}</h1>
      <p>{t("message")}</p>
      <button type="button" className={styles.retry} onClick={onRetry}>
        {t("retry")}
      </button>
    </section>
  )
}
