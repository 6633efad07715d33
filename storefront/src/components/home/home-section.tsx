import type { ReactNode } from "react"
import { Notice } from "@/components/feedback/notice"
import styles from "./home.module.css"

type HomeSectionProps = {
  id: string
  heading: string
  lead?: string
  /** What the section shows; null when its data could not be loaded (the section says so). */
  children: ReactNode | null
  errorText: string
  footer?: ReactNode
}

/** One block of the home page under its own h2. */
export function HomeSection({ id, heading, lead, children, errorText, footer }: HomeSectionProps) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {heading}
      </h2>
      {lead ? <p className={styles.sectionLead}>{lead}</p> : null}
      {children ?? <Notice kind="error">{errorText}</Notice>}
      {children && footer ? <p className={styles.more}>{footer}</p> : null}
    </section>
  )
}
