import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { cache } from "react"
import { vietnamDate } from "@ocop/shared"
import { BookingPanel } from "@/components/experience/booking-panel"
import { ExperienceDetails } from "@/components/experience/experience-details"
import { ExperienceGoods } from "@/components/experience/experience-goods"
import styles from "@/components/experience/experience.module.css"
import { Notice } from "@/components/feedback/notice"
import { localeAlternates } from "@/i18n/alternates"
import { getPathname, Link } from "@/i18n/navigation"
import { resolveLocale, type Locale } from "@/i18n/routing"
import { storefrontUrl } from "@/lib/config"
import { retrieveExperience, retrieveExperienceCalendar } from "@/lib/data/experiences"
import { monthGrid } from "@/lib/experiences/calendar-month"
import type { ExperienceDetail } from "@/lib/experiences/types"
import { experienceJsonLd } from "@/lib/seo/experience-json-ld"
import { serializeJsonLd } from "@/lib/seo/product-json-ld"
import { excerpt } from "@/lib/util/excerpt"
import { pickLocalized } from "@/lib/util/localized"
import { decodeSegment } from "@/lib/util/path-segment"
import type { ExperienceCalendarDay } from "@ocop/shared"

type ExperiencePageProps = { params: Promise<{ locale: string; handle: string }> }

const DESCRIPTION_LENGTH = 160
// Search engines get the sessions of the month the page shows, not a year of them.
const JSON_LD_SESSIONS = 20
// Metadata and page ask for the same experience in one request, by the handle as typed.
const findExperience = cache((segment: string) => retrieveExperience(decodeSegment(segment)))

const titleOf = (experience: ExperienceDetail, locale: string) =>
  pickLocalized(experience.title_vi, experience.title_en, locale) ?? experience.title_vi
const descriptionOf = (experience: ExperienceDetail, locale: string) =>
  pickLocalized(experience.description_vi, experience.description_en, locale) ?? ""

export async function generateMetadata({ params }: ExperiencePageProps): Promise<Metadata> {
  const { locale: requested, handle } = await params
  const locale = resolveLocale(requested)
  const experience = await findExperience(handle).catch(() => undefined)
  if (experience === undefined) return {}
  if (experience === null) return { title: (await getTranslations({ locale, namespace: "NotFound" }))("title") }
  const title = titleOf(experience, locale)
  return {
    title,
    description: excerpt(descriptionOf(experience, locale), DESCRIPTION_LENGTH),
    alternates: localeAlternates(`/experiences/${experience.handle}`, locale),
    openGraph: { type: "website", title, images: experience.images.slice(0, 1).map((url) => ({ url, alt: title })) },
  }
}

function jsonLdOf(experience: ExperienceDetail, locale: Locale, days: ExperienceCalendarDay[] | null) {
  const url = (href: string) => new URL(getPathname({ href, locale }), storefrontUrl()).toString()
  return experienceJsonLd({
    url: url(`/experiences/${experience.handle}`),
    name: titleOf(experience, locale),
    description: descriptionOf(experience, locale),
    images: experience.images,
    host: { name: experience.producer.name, url: url(`/producers/${experience.producer.handle}`) },
    offers: experience.participant_types.map((type) => ({
      name: pickLocalized(type.name_vi, type.name_en, locale) ?? type.name_vi,
      price: type.price,
    })),
    meeting: { address: experience.meeting_address, lat: experience.meeting_lat, lng: experience.meeting_lng },
    languages: experience.languages,
    sessions: (days ?? [])
      .flatMap((day) => day.sessions)
      .filter((session) => session.bookable)
      .slice(0, JSON_LD_SESSIONS),
  })
}

export default async function ExperiencePage({ params }: ExperiencePageProps) {
  const { locale: requested, handle } = await params
  const locale = resolveLocale(requested)
  setRequestLocale(locale)
  const t = await getTranslations("Experience")
  const experience = await findExperience(handle).catch((error: unknown) => {
    console.error(`Could not retrieve experience "${handle}"`, error)
    return undefined
  })
  if (experience === undefined) return <Notice kind="error">{t("loadError")}</Notice>
  if (experience === null) notFound()

  const firstMonth = vietnamDate(new Date()).slice(0, 7)
  const grid = monthGrid(firstMonth)
  const days = await retrieveExperienceCalendar(experience.handle, grid.from, grid.to)
  const title = titleOf(experience, locale)

  return (
    <article className={styles.page}>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLdOf(experience, locale, days)) }}
      />
      <header className={styles.header}>
        <p className={styles.kind}>{t(`kind.${experience.kind}`)}</p>
        <h1 className={styles.title}>{title}</h1>
        <p>
          {t.rich("hostedBy", {
            name: experience.producer.name,
            producer: (chunks) => <Link href={`/producers/${experience.producer.handle}`}>{chunks}</Link>,
          })}
        </p>
      </header>
      {experience.images.length ? (
        <div className={styles.gallery}>
          {experience.images.map((url, index) => (
            <img
              key={url}
              src={url}
              alt={index === 0 ? title : t("photoAlt", { title, number: index + 1 })}
              width={1280}
              height={960}
              loading={index === 0 ? "eager" : "lazy"}
              decoding="async"
            />
          ))}
        </div>
      ) : null}
      <div className={styles.columns}>
        <div className={styles.page}>
          <ExperienceDetails experience={experience} />
        </div>
        <BookingPanel
          handle={experience.handle}
          kind={experience.kind}
          types={experience.participant_types}
          minParticipants={experience.min_participants}
          depositPercent={experience.deposit_percent ?? null}
          firstMonth={firstMonth}
          firstDays={days}
        />
      </div>
      <ExperienceGoods experience={experience} />
    </article>
  )
}
