import styles from "./catalogue-header.module.css"

export function CatalogueHeader({ title, lead }: { title: string; lead: string }) {
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{title}</h1>
      <p className={styles.lead}>{lead}</p>
    </header>
  )
}
