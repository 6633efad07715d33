import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { HomeHero } from "@/components/home/home-hero"
import { ProductShowcase } from "@/components/home/product-showcase"
import { localeAlternates } from "@/i18n/alternates"
import { resolveLocale } from "@/i18n/routing"
import { listProducts } from "@/lib/data/products"

type HomePageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const locale = resolveLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Metadata" })
  return { title: { absolute: t("homeTitle") }, alternates: localeAlternates("/", locale) }
}

export default async function HomePage({ params }: HomePageProps) {
  setRequestLocale(resolveLocale((await params).locale))
  const products = await listProducts().catch((error: unknown) => {
    console.error("Could not list products for the home page", error)
    return null
  })

  return (
    <>
      <HomeHero />
      <ProductShowcase products={products} />
    </>
  )
}
