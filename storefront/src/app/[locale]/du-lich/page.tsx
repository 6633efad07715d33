import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { EXPERIENCE_KINDS, type ExperienceKind } from "@ocop/shared"
import { ExperienceCards } from "@/components/experience/experience-card"
import styles from "@/components/experience/experience.module.css"
import controls from "@/components/cart/cart-controls.module.css"
import { Notice } from "@/components/feedback/notice"
import { PageHeader } from "@/components/layout/page-header"
import { getPathname } from "@/i18n/navigation"
import { resolveLocale, routing } from "@/i18n/routing"
import { listAllExperiences } from "@/lib/data/experiences"
import { listProvinces } from "@/lib/data/places"
import { groupByPlace } from "@/lib/experiences/places"
import { TOURISM_PATHS } from "@/lib/experiences/tourism-path"

type TourismPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ kind?: string | string[] }>
}

export async function generateMetadata({ params }: TourismPageProps): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Experience.landing" })
  return {
    title: t("title"),
    description: t("lead"),
    alternates: {
      canonical: getPathname({ href: TOURISM_PATHS[locale], locale }),
      languages: Object.fromEntries(
        routing.locales.map((other) => [other, getPathname({ href: TOURISM_PATHS[other], locale: other })])
      ),
    },
  }
}

/** Community tourism: the experiences by province, then former district, optionally of one kind. */
export default async function TourismPage({ params, searchParams }: TourismPageProps) {
  const locale = resolveLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Experience")
  const requested = (await searchParams).kind
  const kind = EXPERIENCE_KINDS.find((candidate) => candidate === requested) as ExperienceKind | undefined
  const [found, provinces] = await Promise.all([
    listAllExperiences({ kind }).catch((error: unknown) => {
      console.error("Could not list the experiences", error)
      return null
    }),
    listProvinces().catch(() => []),
  ])
  const provinceNames = Object.fromEntries(provinces.map((province) => [province.code, province.name]))
  const groups = found ? groupByPlace(found.experiences, provinceNames) : []

  return (
    <div className={styles.page}>
      <PageHeader title={t("landing.title")} lead={t("landing.lead")} />
      <form className={styles.filter}>
        <label className={styles.field}>
          {t("landing.filterKind")}
          <select name="kind" defaultValue={kind ?? ""}>
            <option value="">{t("landing.allKinds")}</option>
            {EXPERIENCE_KINDS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`kind.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={controls.secondary}>
          {t("landing.apply")}
        </button>
      </form>
      {found === null ? <Notice kind="error">{t("landing.loadError")}</Notice> : null}
      {found && !found.experiences.length ? <Notice kind="info">{t("landing.empty")}</Notice> : null}
      {found?.experiences.length ? <p role="status">{t("landing.count", { count: found.count })}</p> : null}
      {groups.map((province) => (
        <section
          key={province.provinceCode ?? "other"}
          className={styles.section}
          aria-labelledby={`province-${province.provinceCode ?? "other"}`}
        >
          <h2 id={`province-${province.provinceCode ?? "other"}`}>
            {(province.provinceCode && provinceNames[province.provinceCode]) || t("landing.otherPlaces")}
          </h2>
          {province.districts.map((district) => (
            <section key={district.district ?? "other"} className={styles.page}>
              <h3>{district.district ?? t("landing.otherPlaces")}</h3>
              <ExperienceCards experiences={district.experiences} level={4} />
            </section>
          ))}
        </section>
      ))}
    </div>
  )
}
