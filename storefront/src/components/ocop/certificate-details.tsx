import { useLocale, useTranslations, type Messages } from "next-intl"
import { earnsStarBadge } from "@ocop/shared"
import type { OcopCertificate } from "@/lib/ocop/types"
import { formatDate, isoDate } from "@/lib/util/date"
import { Fact } from "./fact"
import styles from "./panel.module.css"
import { StarBadge } from "./star-badge"

type ProductSetKey = keyof Messages["ProductSet"]
type ProductGroupKey = keyof Messages["ProductGroup"]

/** The current OCOP certificate, shown even when expired so buyers see why there are no stars. */
export function CertificateDetails({ certificate }: { certificate: OcopCertificate | null }) {
  const t = useTranslations("Ocop")
  const tSet = useTranslations("ProductSet")
  const tGroup = useTranslations("ProductGroup")
  const locale = useLocale()

  if (!certificate) {
    return (
      <section className={styles.panel} aria-labelledby="certificate-heading">
        <h2 id="certificate-heading" className={styles.heading}>
          {t("certificate.heading")}
        </h2>
        <p className={styles.note}>{t("certificate.none")}</p>
      </section>
    )
  }

  // Sets and groups are named in the catalogue; a number it lacks is shown bare.
  const setKey = String(certificate.product_set) as ProductSetKey
  const groupKey = certificate.product_group as ProductGroupKey
  const earned = earnsStarBadge(certificate)

  return (
    <section className={styles.panel} aria-labelledby="certificate-heading">
      <h2 id="certificate-heading" className={styles.heading}>
        {t("certificate.heading")}
        {earned ? <StarBadge stars={certificate.stars} /> : null}
      </h2>
      {earned ? null : <p className={styles.note}>{t("certificate.expiredNote")}</p>}
      <dl className={styles.facts}>
        <Fact label={t("certificate.status")}>
          <span className={`${styles.status} ${styles[`status-${certificate.status}`]}`}>
            {t(`status.${certificate.status}`)}
          </span>
        </Fact>
        <Fact label={t("certificate.number")} code>
          {certificate.certificate_number}
        </Fact>
        <Fact label={t("certificate.stars")}>
          {t("certificate.starsValue", { stars: certificate.stars, score: certificate.score })}
        </Fact>
        <Fact label={t("certificate.level")}>{t(`level.${certificate.level}`)}</Fact>
        <Fact label={t("certificate.issuingBody")}>{certificate.issuing_body}</Fact>
        <Fact label={t("certificate.decision")}>
          {t.rich("certificate.decisionValue", {
            number: certificate.decision_number,
            date: formatDate(certificate.decision_date, locale),
            time: (chunks) => <time dateTime={isoDate(certificate.decision_date)}>{chunks}</time>,
          })}
        </Fact>
        <Fact label={t("certificate.expiresAt")}>
          <time dateTime={isoDate(certificate.expires_at)}>{formatDate(certificate.expires_at, locale)}</time>
        </Fact>
        <Fact label={t("certificate.programmeYear")}>{certificate.programme_year}</Fact>
        <Fact label={t("certificate.productSet")}>
          {tSet.has(setKey)
            ? t("certificate.numbered", { number: certificate.product_set, name: tSet(setKey) })
            : certificate.product_set}
        </Fact>
        <Fact label={t("certificate.productGroup")}>
          {tGroup.has(groupKey)
            ? t("certificate.numbered", {
                number: certificate.product_group,
                name: tGroup(groupKey),
              })
            : certificate.product_group}
        </Fact>
      </dl>
    </section>
  )
}
