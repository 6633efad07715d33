import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import controls from "@/components/cart/cart-controls.module.css"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { DistrictTable } from "@/components/statistics/district-table"
import { ProducerTables } from "@/components/statistics/producer-tables"
import { ProductTables } from "@/components/statistics/product-tables"
import styles from "@/components/statistics/statistics.module.css"
import { getPathname } from "@/i18n/navigation"
import { resolveLocale, routing } from "@/i18n/routing"
import { listProvinces } from "@/lib/data/places"
import { retrieveOcopStatistics } from "@/lib/data/statistics"
import { chosenProvince, formatDay } from "@/lib/statistics/figures"
import { STATISTICS_PATHS } from "@/lib/statistics/statistics-path"

type StatisticsPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ province?: string | string[] }>
}

export async function generateMetadata({ params }: StatisticsPageProps): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Statistics" })
  return {
    title: t("title"),
    description: t("lead"),
    alternates: {
      canonical: getPathname({ href: STATISTICS_PATHS[locale], locale }),
      languages: Object.fromEntries(
        routing.locales.map((other) => [other, getPathname({ href: STATISTICS_PATHS[other], locale: other })])
      ),
    },
  }
}

/** A province's OCOP results as an official would publish them: products, producers, former districts. */
export default async function StatisticsPage({ params, searchParams }: StatisticsPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Statistics")
  const requested = chosenProvince((await searchParams).province)
  const [statistics, provinces] = await Promise.all([
    retrieveOcopStatistics(requested).catch((error: unknown) => {
      console.error("Could not read the OCOP statistics", error)
      return undefined
    }),
    listProvinces().catch(() => []),
  ])
  const provinceName = (code: string) => provinces.find((province) => province.code === code)?.name ?? code
  const shown = statistics?.province_code ?? null

  return (
    <div className={styles.page}>
      <PageHeader title={t("title")} lead={t("lead")} />
      {statistics && statistics.provinces.length > 0 ? (
        <form className={styles.picker}>
          <label className={styles.field}>
            {t("province")}
            <select name="province" defaultValue={shown ?? ""} data-testid="statistics-province">
              {statistics.provinces.map((province) => (
                <option key={province.province_code} value={province.province_code}>
                  {provinceName(province.province_code)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={controls.secondary}>
            {t("show")}
          </button>
        </form>
      ) : null}
      {statistics === undefined ? <Notice kind="error">{t("loadError")}</Notice> : null}
      {statistics === null ? <Notice kind="error">{t("unknownProvince")}</Notice> : null}
      {statistics && !shown ? <Notice kind="info">{t("empty")}</Notice> : null}
      {statistics && shown ? (
        <>
          <section className={styles.section} aria-labelledby="statistics-province">
            <h2 id="statistics-province">{t("heading", { province: provinceName(shown) })}</h2>
            <p className={styles.muted}>{t("asOf", { date: formatDay(statistics.as_of, locale) })}</p>
          </section>
          <ProductTables products={statistics.products} locale={locale} />
          <ProducerTables producers={statistics.producers} locale={locale} />
          <DistrictTable districts={statistics.districts} locale={locale} />
        </>
      ) : null}
    </div>
  )
}
