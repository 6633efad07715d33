import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { ProvinceTiles } from "@/lib/home/showcase"
import styles from "./home.module.css"
import { HomeSection } from "./home-section"

/** Each province with its former districts and their counts, each a link to that district's catalogue. */
export function ProvinceDistricts({ provinces }: { provinces: ProvinceTiles[] | null }) {
  const t = useTranslations("Home")

  return (
    <HomeSection id="places-heading" heading={t("placesHeading")} lead={t("placesLead")} errorText={t("sectionError")}>
      {provinces ? (
        <ul className={styles.provinces}>
          {provinces.map((province) => (
            <li key={province.code} className={styles.province}>
              <h3 className={styles.provinceName}>{province.name}</h3>
              <Link href={province.href} className={styles.provinceAll}>
                {t("provinceAll", { province: province.name, count: province.count })}
              </Link>
              <ul className={styles.districts} aria-label={t("districtsOf", { province: province.name })}>
                {province.districts.map((district) => (
                  <li key={district.name}>
                    <Link href={district.href} className={styles.district}>
                      <span>{district.name}</span>{" "}
                      <span className={styles.count}>{t("productCount", { count: district.count })}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
    </HomeSection>
  )
}
