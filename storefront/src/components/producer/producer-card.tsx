import { useTranslations } from "next-intl"
import panel from "@/components/ocop/panel.module.css"
import { Link } from "@/i18n/navigation"
import type { ProductProducer } from "@/lib/ocop/types"
import { ProducerBadges } from "./producer-badges"
import styles from "./producer-card.module.css"

/** The producer behind a product, linking to its own page. */
export function ProducerCard({ producer }: { producer: ProductProducer }) {
  const t = useTranslations("Producer")

  return (
    <section className={panel.panel} aria-labelledby="producer-heading">
      <h2 id="producer-heading" className={panel.heading}>
        {t("heading")}
      </h2>
      <div className={styles.identity}>
        <Link href={`/producers/${producer.handle}`} className={styles.name}>
          {producer.name}
        </Link>
        {producer.legal_form ? <p>{t(`legalForm.${producer.legal_form}`)}</p> : null}
      </div>
      <ProducerBadges producer={producer} />
    </section>
  )
}
