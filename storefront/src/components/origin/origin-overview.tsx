import { useLocale, useTranslations } from "next-intl"
import { currentCertificate, earnsStarBadge } from "@ocop/shared"
import { Notice } from "@/components/feedback/notice"
import { CertificateDetails } from "@/components/ocop/certificate-details"
import { OriginDetails } from "@/components/ocop/origin-details"
import { StarBadge } from "@/components/ocop/star-badge"
import productStyles from "@/components/product/product-overview.module.css"
import { ProducerCard } from "@/components/producer/producer-card"
import { Link } from "@/i18n/navigation"
import type { OriginRecord } from "@/lib/ocop/types"
import { formatDate } from "@/lib/util/date"
import { localizedTitle } from "@/lib/util/localized"
import styles from "./origin-overview.module.css"

/** The public origin page: which product, where it is made, by whom, and whether its certificate holds. */
export function OriginOverview({ origin }: { origin: OriginRecord }) {
  const t = useTranslations("Origin")
  const locale = useLocale()
  const title = localizedTitle(origin.product, locale)
  const certificate = currentCertificate(origin.certificates)
  const valid = earnsStarBadge(certificate)

  return (
    <>
      <header className={styles.header}>
        {origin.product.thumbnail ? (
          <img className={styles.image} src={origin.product.thumbnail} alt={title} width={160} height={160} />
        ) : null}
        <div>
          <p className={styles.lead}>{t("lead")}</p>
          {valid ? <StarBadge stars={certificate.stars} size="large" /> : null}
          <h1 className={styles.title}>{title}</h1>
          <Link href={`/products/${origin.product.handle}`}>{t("viewProduct")}</Link>
        </div>
      </header>
      <section aria-labelledby="validity-heading" className={styles.validity}>
        <h2 id="validity-heading">{t("validity")}</h2>
        <Notice kind="info">
          {valid ? t("valid", { date: formatDate(certificate.expires_at, locale) }) : t("invalid")}
        </Notice>
      </section>
      <div className={productStyles.provenance}>
        <OriginDetails origin={origin} />
        {origin.producer ? <ProducerCard producer={origin.producer} /> : null}
        <CertificateDetails certificate={certificate} />
      </div>
    </>
  )
}
