import type { ExperienceSummary } from "@ocop/shared"
import { useLocale, useTranslations } from "next-intl"
import { ExperienceCards } from "@/components/experience/experience-card"
import { Link } from "@/i18n/navigation"
import { resolveLocale } from "@/i18n/routing"
import { TOURISM_PATHS } from "@/lib/experiences/tourism-path"
import { HomeSection } from "./home-section"

/** A few community-tourism experiences and the way to all of them; nothing while none is published. */
export function HomeExperiences({ experiences }: { experiences: ExperienceSummary[] | null }) {
  const t = useTranslations("Home")
  const locale = resolveLocale(useLocale())
  if (experiences?.length === 0) return null

  return (
    <HomeSection
      id="experiences-heading"
      heading={t("experiencesHeading")}
      lead={t("experiencesLead")}
      errorText={t("sectionError")}
      footer={<Link href={TOURISM_PATHS[locale]}>{t("experiencesAll")}</Link>}
    >
      {experiences ? <ExperienceCards experiences={experiences} /> : null}
    </HomeSection>
  )
}
