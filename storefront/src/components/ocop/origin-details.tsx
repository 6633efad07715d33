import { useTranslations } from "next-intl"
import type { OcopOrigin } from "@/lib/ocop/types"
import { Fact } from "./fact"
import styles from "./panel.module.css"

/** Where the product is made, named as buyers know it (by the former district), and its codes. */
export function OriginDetails({ origin }: { origin: OcopOrigin }) {
  const t = useTranslations("Ocop.origin")

  return (
    <section className={styles.panel} aria-labelledby="origin-heading">
      <h2 id="origin-heading" className={styles.heading}>
        {t("heading")}
      </h2>
      <dl className={styles.facts}>
        <Fact label={t("commune")}>{origin.commune_name}</Fact>
        {origin.former_district ? <Fact label={t("formerDistrict")}>{origin.former_district}</Fact> : null}
        <Fact label={t("province")}>{origin.province_name}</Fact>
        {origin.growing_area_code ? (
          <Fact label={t("growingArea")} code>
            {origin.growing_area_code}
          </Fact>
        ) : null}
        <Fact label={t("traceability")} code>
          {origin.traceability_code}
        </Fact>
      </dl>
    </section>
  )
}
