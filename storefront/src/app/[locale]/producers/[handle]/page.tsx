import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Notice } from "@/components/feedback/notice"
import { ProducerProducts } from "@/components/producer/producer-products"
import { ProducerProfile } from "@/components/producer/producer-profile"
import { localeAlternates } from "@/i18n/alternates"
import { resolveLocale } from "@/i18n/routing"
import { retrievePlaceNames } from "@/lib/data/places"
import { retrieveProducer } from "@/lib/data/producers"
import { listProducts } from "@/lib/data/products"
import { excerpt } from "@/lib/util/excerpt"
import { pickLocalized } from "@/lib/util/localized"

type ProducerPageProps = { params: Promise<{ locale: string; handle: string }> }

const DESCRIPTION_LENGTH = 160

export async function generateMetadata({ params }: ProducerPageProps): Promise<Metadata> {
  const { handle, locale: requested } = await params
  const locale = resolveLocale(requested)
  const producer = await retrieveProducer(handle).catch(() => undefined)
  // The page itself reports a failed fetch; the layout's title stands in meanwhile.
  if (producer === undefined) return {}
  if (producer === null) {
    const t = await getTranslations({ locale, namespace: "NotFound" })
    return { title: t("title") }
  }

  const t = await getTranslations({ locale, namespace: "Producer" })
  const story = pickLocalized(producer.story_vi, producer.story_en, locale)
  const description = story
    ? excerpt(story, DESCRIPTION_LENGTH)
    : t("metaDescription", {
        name: producer.name,
        legalForm: t(`legalForm.${producer.legal_form}`),
      })
  return {
    title: producer.name,
    description,
    alternates: localeAlternates(`/producers/${producer.handle}`, locale),
    openGraph: { title: producer.name, images: producer.logo_url ? [producer.logo_url] : [] },
  }
}

export default async function ProducerPage({ params }: ProducerPageProps) {
  const { locale, handle } = await params
  setRequestLocale(resolveLocale(locale))
  const producer = await retrieveProducer(handle).catch((error: unknown) => {
    console.error(`Could not retrieve producer "${handle}"`, error)
    return undefined
  })

  if (producer === undefined) {
    const t = await getTranslations("Producer")
    return <Notice kind="error">{t("loadError")}</Notice>
  }
  if (producer === null) notFound()

  const ids = producer.products.map((product) => product.id)
  // The page stands without either: a missing place name or product list is reported in place.
  const [products, place] = await Promise.all([
    ids.length
      ? listProducts({ ids, limit: ids.length }).catch((error: unknown) => {
          console.error(`Could not list the products of producer "${handle}"`, error)
          return null
        })
      : [],
    retrievePlaceNames(producer.province_code, producer.commune_code).catch((error: unknown) => {
      console.error(`Could not name the place of producer "${handle}"`, error)
      return null
    }),
  ])

  return (
    <>
      <ProducerProfile producer={producer} place={place} />
      <ProducerProducts name={producer.name} products={products} />
    </>
  )
}
