import type { ReactNode } from "react"
import styles from "./checkout.module.css"

type FormFieldProps = {
  id: string
  label: string
  hint?: string
  /** Already worded in the page's language; shown under the field and read with it. */
  error?: string
  children: ReactNode
}

/** The `aria-describedby` of a field laid out by FormField: its hint, then its error. */
export function describedBy(id: string, { hint, error }: { hint?: string; error?: string }) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
}

/** A label, the field, its hint and its error, in that order. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {/* Its own box: the global focus style outlines whatever follows a focused input. */}
      <div className={styles.control}>{children}</div>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={styles.fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
