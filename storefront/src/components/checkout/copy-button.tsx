"use client"

import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import styles from "./transfer-shortcuts.module.css"

/**
 * Puts `value` on the clipboard, for a buyer whose banking app is on the same phone as this page:
 * pasting the account, amount and reference cannot mistype them. `label` says what it copies.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations("Copy")
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null)

  useEffect(() => {
    if (!outcome) return
    const timer = setTimeout(() => setOutcome(null), 4000)
    return () => clearTimeout(timer)
  }, [outcome])

  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => setOutcome("copied"),
      () => setOutcome("failed")
    )

  return (
    <span className={styles.copy}>
      <button type="button" className={styles.button} aria-label={label} onClick={copy}>
        {t("button")}
      </button>
      <span role="status" className={outcome === "failed" ? styles.failed : styles.done}>
        {outcome ? t(outcome) : null}
      </span>
    </span>
  )
}
