import type { ReactNode } from "react"
import styles from "./page-header.module.css"

/** A page's title and the sentence under it (cart, checkout, confirmation). */
export function PageHeader({ title, lead }: { title: string; lead?: ReactNode }) {
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{title}</h1>
      {lead ? <p className={styles.lead}>{lead}</p> : null}
    </header>
  )
}
