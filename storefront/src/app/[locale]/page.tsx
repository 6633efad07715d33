import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { FIRST_ROW } from "@/components/catalogue/result-grid"
import { GroupTiles } from "@/components/home/group-tiles"
import { HomeExperiences } from "@/components/home/home-experiences"
import { HomeHero } from "@/components/home/home-hero"
import { ProducerStories } from "@/components/home/producer-stories"
import { ProvinceDistricts } from "@/components/home/province-districts"
import { StarredProducts } from "@/components/home/starred-products"
import { localeAlternates } from "@/i18n/alternates"
import { resolveLocale } from "@/i18n/routing"
import { listExperiences } from "@/lib/data/experiences"
import { listGroupTiles, listProducerStories, listProvinceTiles, listStarredProducts } from "@/lib/data/showcase"

type HomePageProps = { params: Promise<{ locale: string }> }

// Two rows of four on a wide screen; on a phone, as many compact cards.
const STARRED_PER_BAND = 8
const STORIES_PER_KIND = 3
const EXPERIENCES_SHOWN = 3

/** A block that could not be loaded shows its own notice; the rest of the page still renders. */
function orNull<T>(block: string, read: Promise<T>): Promise<T | null> {
  return read.catch((error: unknown) => {
    console.error(`Could not load the home page's ${block}`, error)
    return null
  })
}

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Metadata" })
  return { title: { absolute: t("homeTitle") }, alternates: localeAlternates("/", locale) }
}

/** The province's showcase: search first, then its goods by group, by stars and by district, their makers and its tourism. */
export default async function HomePage({ params }: HomePageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const [groups, fiveStars, fourStars, provinces, stories, experiences] = await Promise.all([
    orNull("groups", listGroupTiles()),
    orNull("5-star products", listStarredProducts(5, STARRED_PER_BAND)),
    orNull("4-star products", listStarredProducts(4, STARRED_PER_BAND)),
    orNull("provinces", listProvinceTiles()),
    orNull("producer stories", listProducerStories(STORIES_PER_KIND)),
    orNull(
      "experiences",
      listExperiences({ limit: EXPERIENCES_SHOWN }).then(({ experiences }) => experiences)
    ),
  ])

  return (
    <>
      <HomeHero />
      <GroupTiles tiles={groups} />
      <StarredProducts stars={5} found={fiveStars} eagerCount={FIRST_ROW} />
      <StarredProducts stars={4} found={fourStars} eagerCount={fiveStars?.products.length ? 0 : FIRST_ROW} />
      <ProvinceDistricts provinces={provinces} />
      <ProducerStories stories={stories} />
      <HomeExperiences experiences={experiences} />
    </>
  )
}
