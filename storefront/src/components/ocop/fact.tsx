import type { ReactNode } from "react"
import styles from "./panel.module.css"

/** One labelled fact of a panel's list; `code` for identifiers people copy or compare. */
type FactProps = { label: string; children: ReactNode; code?: boolean }

export function Fact({ label, children, code }: FactProps) {
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd className={code ? styles.code : undefined}>{children}</dd>
    </div>
  )
}
