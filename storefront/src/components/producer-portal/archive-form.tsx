"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { archiveProducerProduct } from "@/lib/data/producer-products"
import { emptyPortalForm } from "@/lib/producer-portal/form-state"
import { FormMessages } from "./form-messages"
import styles from "./portal.module.css"

export function ArchiveForm({ productId }: { productId: string }) {
  const t = useTranslations("ProducerPortal")
  const [state, formAction, pending] = useActionState(archiveProducerProduct, emptyPortalForm)
  return (
    <section className={styles.section} aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t("product.archiveHeading")}</h2>
      <p className={styles.muted}>{t("product.archiveLead")}</p>
      <FormMessages state={state} saved={t("product.draftNote")} />
      <form action={formAction}>
        <input type="hidden" name="product_id" value={productId} />
        <button type="submit" className={`${styles.button} ${styles.danger}`} disabled={pending}>
          {t("product.archive")}
        </button>
      </form>
    </section>
  )
}
