import type { ReactNode } from "react"
import styles from "./notice.module.css"

type NoticeProps = {
  /** "error" is announced at once (role=alert); "info" politely (role=status). */
  kind: "error" | "info"
  children: ReactNode
}

export function Notice({ kind, children }: NoticeProps) {
  return (
    <p
      role={kind === "error" ? "alert" : "status"}
      className={kind === "error" ? `${styles.notice} ${styles.error}` : styles.notice}
    >
      {children}
    </p>
  )
}
