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
      // A public page showing an error is served once, not kept by the proxy (UNKEPT_MARK in lib/security/page-cache.ts).
      data-page-cache={kind === "error" ? "skip" : undefined}
      className={kind === "error" ? `${styles.notice} ${styles.error}` : styles.notice}
    >
      {children}
    </p>
  )
}
